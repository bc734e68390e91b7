=== renamed table referenced by a foreign key
--- a
CREATE TABLE customers (id int CONSTRAINT customers_pkey PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id int PRIMARY KEY, customer int REFERENCES customers);
--- b
CREATE TABLE clients (id int CONSTRAINT customers_pkey PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id int PRIMARY KEY, customer int REFERENCES clients);
--- renames
public.clients = customers

=== renamed column with an index and a view on it
--- a
CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL DEFAULT 0, note text);
CREATE INDEX orders_customer ON orders (customer);
CREATE VIEW order_customers AS SELECT id, customer FROM orders;
--- b
CREATE TABLE orders (id int PRIMARY KEY, client int NOT NULL DEFAULT 0, note text);
CREATE INDEX orders_customer ON orders (client);
CREATE VIEW order_customers AS SELECT id, client AS customer FROM orders;
--- renames
public.orders.client = customer

=== renamed view
--- both
CREATE TABLE t (id int, label text);
--- a
CREATE VIEW labels AS SELECT id, label FROM t;
--- b
CREATE VIEW t_labels AS SELECT id, label FROM t;
--- renames
public.t_labels = labels

=== renamed function and procedure
--- a
CREATE FUNCTION add_one(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
CREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;
--- b
CREATE FUNCTION plus_one(n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
CREATE PROCEDURE do_nothing() LANGUAGE sql AS $$ SELECT 1 $$;
--- renames
public.plus_one = add_one
public.do_nothing = noop

=== renamed enum type and domain used by a table
--- a
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE people (id int PRIMARY KEY, m mood NOT NULL, n positive);
INSERT INTO people VALUES (1, 'happy', 3), (2, 'sad', NULL);
--- b
CREATE TYPE feeling AS ENUM ('sad', 'happy');
CREATE DOMAIN positive_int AS int CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE people (id int PRIMARY KEY, m feeling NOT NULL, n positive_int);
INSERT INTO people VALUES (1, 'happy', 3), (2, 'sad', NULL);
--- renames
public.feeling = mood
public.positive_int = positive

=== renamed enum value
--- a
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id int PRIMARY KEY, m mood NOT NULL DEFAULT 'sad');
INSERT INTO people VALUES (1, 'sad'), (2, 'happy');
--- b
CREATE TYPE mood AS ENUM ('unhappy', 'happy');
CREATE TABLE people (id int PRIMARY KEY, m mood NOT NULL DEFAULT 'unhappy');
INSERT INTO people VALUES (1, 'unhappy'), (2, 'happy');
--- renames
public.mood.unhappy = sad

=== renamed constraints and index
--- both
CREATE TABLE orders (id int, total int, code text);
--- a
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
ALTER TABLE orders ADD CONSTRAINT orders_code_unique UNIQUE (code);
CREATE INDEX orders_by_total ON orders (total);
--- b
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total > 0);
ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);
CREATE INDEX orders_total_idx ON orders (total);
--- renames
public.orders.orders_total_check = orders_total_positive
public.orders.orders_code_key = orders_code_unique
public.orders_total_idx = orders_by_total

=== renamed schema with a table, a sequence and a view in it
--- a
CREATE SCHEMA shop;
CREATE SEQUENCE shop.item_ids;
CREATE TABLE shop.items (id int PRIMARY KEY DEFAULT nextval('shop.item_ids'), label text);
CREATE VIEW shop.labels AS SELECT label FROM shop.items;
--- b
CREATE SCHEMA store;
CREATE SEQUENCE store.item_ids;
CREATE TABLE store.items (id int PRIMARY KEY DEFAULT nextval('store.item_ids'), label text);
CREATE VIEW store.labels AS SELECT label FROM store.items;
--- renames
store = shop

=== renamed trigger and policy
--- both
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE t (id int, owner text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
--- a
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
CREATE POLICY t_own ON t USING (owner = current_user);
--- b
CREATE TRIGGER touch_t BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
CREATE POLICY own_rows ON t USING (owner = current_user);
--- renames
public.t.touch_t = t_touch
public.t.own_rows = t_own

=== renamed table, its column and its key at once
--- a
CREATE TABLE customers (id int CONSTRAINT customers_pkey PRIMARY KEY, full_name text NOT NULL);
--- b
CREATE TABLE clients (id int CONSTRAINT clients_pkey PRIMARY KEY, name text NOT NULL);
--- renames
public.clients = customers
public.clients.name = full_name
public.clients.clients_pkey = customers_pkey

=== renamed sequence, materialized view, composite type and a view's column
--- both
CREATE TABLE t (id int, label text);
--- a
CREATE SEQUENCE counter;
CREATE TYPE pair AS (x int, y int);
CREATE MATERIALIZED VIEW t_summary AS SELECT count(*) AS n FROM t;
CREATE VIEW t_view AS SELECT id, label AS title FROM t;
--- b
CREATE SEQUENCE tally;
CREATE TYPE point2 AS (x int, y int);
CREATE MATERIALIZED VIEW t_counts AS SELECT count(*) AS n FROM t;
CREATE VIEW t_view AS SELECT id, label AS caption FROM t;
--- renames
public.tally = counter
public.point2 = pair
public.t_counts = t_summary
public.t_view.caption = title
