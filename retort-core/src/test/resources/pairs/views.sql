=== view created
--- both
CREATE TABLE orders (id int, total numeric);
--- b
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;

=== view gains a trailing column
--- both
CREATE TABLE orders (id int, total numeric, note text);
--- a
CREATE VIEW v AS SELECT id, total FROM orders;
CREATE VIEW vv AS SELECT id FROM v;
--- b
CREATE VIEW v AS SELECT id, total, note FROM orders;
CREATE VIEW vv AS SELECT id FROM v;

=== view drops a column another view depends on
--- both
CREATE TABLE orders (id int, total numeric, note text);
--- a
CREATE VIEW v AS SELECT id, total, note FROM orders;
CREATE VIEW vv AS SELECT id, note FROM v;
--- b
CREATE VIEW v AS SELECT id, total FROM orders;
CREATE VIEW vv AS SELECT id FROM v;

=== view column renamed under a dependent view
--- both
CREATE TABLE orders (id int, total numeric);
--- a
CREATE VIEW v AS SELECT id, total FROM orders;
CREATE VIEW vv AS SELECT * FROM v;
--- b
CREATE VIEW v AS SELECT id AS order_id, total FROM orders;
CREATE VIEW vv AS SELECT * FROM v;

=== view definition changes with the same columns
--- both
CREATE TABLE orders (id int, total numeric);
--- a
CREATE VIEW v AS SELECT id, total FROM orders WHERE total > 1;
GRANT SELECT ON v TO retort_reader;
--- b
CREATE VIEW v AS SELECT id, total FROM orders WHERE total > 2;
GRANT SELECT ON v TO retort_reader;

=== view options
--- both
CREATE TABLE t (id int);
--- a
CREATE VIEW v AS SELECT id FROM t;
--- b
CREATE VIEW v WITH (security_barrier = true) AS SELECT id FROM t WITH CASCADED CHECK OPTION;

=== view comment and column comment
--- both
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
--- b
COMMENT ON VIEW v IS 'the view';
COMMENT ON COLUMN v.id IS 'the id';

=== view column default
--- both
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
--- b
ALTER VIEW v ALTER COLUMN id SET DEFAULT 42;

=== chain of three views, the base one redefined
--- both
CREATE TABLE t (a int, b int);
--- a
CREATE VIEW v1 AS SELECT a, b FROM t;
CREATE VIEW v2 AS SELECT a, b FROM v1;
CREATE VIEW v3 AS SELECT a FROM v2;
--- b
CREATE VIEW v1 AS SELECT b, a FROM t;
CREATE VIEW v2 AS SELECT a, b FROM v1;
CREATE VIEW v3 AS SELECT a FROM v2;

=== materialized view with indexes redefined
--- both
CREATE TABLE s (k int, v int);
--- a
CREATE MATERIALIZED VIEW m AS SELECT k, sum(v) AS total FROM s GROUP BY k;
CREATE UNIQUE INDEX m_k ON m (k);
CREATE INDEX m_total ON m (total);
--- b
CREATE MATERIALIZED VIEW m AS SELECT k, sum(v) AS total, count(*) AS n FROM s GROUP BY k WITH NO DATA;
CREATE UNIQUE INDEX m_k ON m (k);
CREATE INDEX m_total ON m (total);

=== materialized view index added
--- both
CREATE TABLE s (k int);
CREATE MATERIALIZED VIEW m AS SELECT k FROM s;
--- b
CREATE INDEX m_k ON m (k);
COMMENT ON MATERIALIZED VIEW m IS 'refreshed';

=== view over a materialized view
--- both
CREATE TABLE s (k int);
--- b
CREATE MATERIALIZED VIEW m AS SELECT k FROM s;
CREATE VIEW v AS SELECT k FROM m;

=== the seed story view
--- both
CREATE TABLE customers (id serial PRIMARY KEY, name text);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers);
CREATE TABLE products (id serial PRIMARY KEY, name text, price numeric);
CREATE TABLE order_products (order_id int REFERENCES orders, product_id int REFERENCES products, quantity int);
--- b
CREATE VIEW order_line_items AS
    SELECT o.id AS order_id, c.name AS customer, p.name AS product, op.quantity, p.price * op.quantity AS total
    FROM orders o JOIN customers c ON c.id = o.customer_id
    JOIN order_products op ON op.order_id = o.id JOIN products p ON p.id = op.product_id;

=== table replaced by a view of the same name with a dependent view
--- both
CREATE TABLE base (id int, name text);
--- a
CREATE TABLE t (id int, name text);
CREATE VIEW v AS SELECT id, name FROM t;
--- b
CREATE VIEW t AS SELECT id, name FROM base;
CREATE VIEW v AS SELECT id, name FROM t;

=== function argument types change under a column default and a view
--- a
CREATE FUNCTION f(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i + 1';
CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT f(1));
CREATE VIEW v AS SELECT id, f(id) AS g FROM t;
--- b
CREATE FUNCTION f(i bigint) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT (i + 1)::int';
CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT f(1));
CREATE VIEW v AS SELECT id, f(id) AS g FROM t;
