=== column renamed with an index on it
--- a
CREATE TABLE t (id int, old_name text);
CREATE INDEX t_name ON t (old_name);
--- b
CREATE TABLE t (id int, new_name text);
CREATE INDEX t_name ON t (new_name);

=== column comment changed and removed
--- a
CREATE TABLE t (a int, b int);
COMMENT ON COLUMN t.a IS 'old';
COMMENT ON COLUMN t.b IS 'bee';
--- b
CREATE TABLE t (a int, b int);
COMMENT ON COLUMN t.a IS 'new';

=== array column type change
--- a
CREATE TABLE t (tags varchar(10)[]);
--- b
CREATE TABLE t (tags text[]);

=== table and the view over it removed together
--- both
CREATE TABLE keep (id int);
--- a
CREATE TABLE gone (id int PRIMARY KEY, keep_id int);
CREATE VIEW gone_v AS SELECT g.id FROM gone g JOIN keep k ON k.id = g.keep_id;

=== view replaced by a materialized view of the same name
--- both
CREATE TABLE s (k int);
--- a
CREATE VIEW r AS SELECT k FROM s;
--- b
CREATE MATERIALIZED VIEW r AS SELECT k FROM s;

=== partition bound changes
--- both
CREATE TABLE ev (id int, at date NOT NULL) PARTITION BY RANGE (at);
--- a
CREATE TABLE ev_p PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
--- b
CREATE TABLE ev_p PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');

=== cross-schema foreign key
--- both
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.parent (id int PRIMARY KEY);
--- b
CREATE TABLE b.child (parent_id int REFERENCES a.parent (id));

=== foreign key made valid
--- both
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (p_id int);
--- a
ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p NOT VALID;
--- b
ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p;

=== function used in an index expression changes body
--- both
CREATE TABLE t (a int);
--- a
CREATE FUNCTION norm(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i + 1';
CREATE INDEX t_norm ON t (norm(a));
--- b
CREATE FUNCTION norm(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i + 2';
CREATE INDEX t_norm ON t (norm(a));

=== function used in an index expression changes return type
--- both
CREATE TABLE t (a int);
--- a
CREATE FUNCTION norm(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i';
CREATE INDEX t_norm ON t (norm(a));
--- b
CREATE FUNCTION norm(i int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT i::bigint';
CREATE INDEX t_norm ON t (norm(a));

=== function in a generated column changes body
--- a
CREATE FUNCTION dbl(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i * 2';
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (dbl(a)) STORED);
--- b
CREATE FUNCTION dbl(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i + i';
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (dbl(a)) STORED);

=== domain used by a column gains a check
--- both
CREATE DOMAIN email AS text;
CREATE TABLE u (e email);
INSERT INTO u VALUES ('someone@example.com');
--- b
ALTER DOMAIN email ADD CONSTRAINT has_at CHECK (VALUE LIKE '%@%');

=== policy opened to public
--- both
CREATE TABLE doc (id int);
--- a
CREATE POLICY p ON doc TO retort_reader USING (true);
--- b
CREATE POLICY p ON doc USING (true);

=== sequence ownership moves to another table
--- both
CREATE TABLE t1 (id int);
CREATE TABLE t2 (id int);
--- a
CREATE SEQUENCE s OWNED BY t1.id;
--- b
CREATE SEQUENCE s OWNED BY t2.id;

=== materialized view options
--- both
CREATE TABLE s (k int);
--- a
CREATE MATERIALIZED VIEW m AS SELECT k FROM s;
--- b
CREATE MATERIALIZED VIEW m WITH (fillfactor = 50) AS SELECT k FROM s;

=== enum type dropped with its table
--- a
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TABLE paint (c color);

=== composite type attribute dropped
--- a
CREATE TYPE pt AS (x int, y int, z int);
--- b
CREATE TYPE pt AS (x int, y int);

=== event trigger always enabled
--- both
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION on_ddl();
--- a
ALTER EVENT TRIGGER et DISABLE;
--- b
ALTER EVENT TRIGGER et ENABLE ALWAYS;

=== extension version update, and downgrade by drop and create when nothing uses it
--- requires 14
--- a
CREATE EXTENSION pg_trgm VERSION '1.5';
--- b
CREATE EXTENSION pg_trgm VERSION '1.6';

=== check constraint becomes no inherit
--- both
CREATE TABLE t (n int);
--- a
ALTER TABLE t ADD CONSTRAINT n_ok CHECK (n > 0);
--- b
ALTER TABLE t ADD CONSTRAINT n_ok CHECK (n > 0) NO INHERIT;

=== view over a function over a view
--- both
CREATE TABLE t (id int);
--- b
CREATE VIEW base AS SELECT id FROM t;
CREATE FUNCTION ids() RETURNS SETOF base LANGUAGE sql STABLE AS 'SELECT * FROM base';
CREATE VIEW top AS SELECT id FROM ids();
