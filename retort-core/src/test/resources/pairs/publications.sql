=== publication of tables
--- both
CREATE TABLE t1 (id int PRIMARY KEY);
CREATE TABLE t2 (id int PRIMARY KEY);
--- b
CREATE PUBLICATION pub FOR TABLE t1, t2;
COMMENT ON PUBLICATION pub IS 'to the warehouse';

=== publication for all tables, inserts only
--- b
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert');

=== publication without tables
--- b
CREATE PUBLICATION empty;

=== publication gains and loses tables
--- both
CREATE TABLE t1 (id int PRIMARY KEY);
CREATE TABLE t2 (id int PRIMARY KEY);
CREATE TABLE t3 (id int PRIMARY KEY);
--- a
CREATE PUBLICATION pub FOR TABLE t1, t2;
--- b
CREATE PUBLICATION pub FOR TABLE t2, t3;

=== publication loses every table
--- both
CREATE TABLE t1 (id int PRIMARY KEY);
--- a
CREATE PUBLICATION pub FOR TABLE t1;
--- b
CREATE PUBLICATION pub;

=== publication options changed
--- both
CREATE TABLE parent (id int) PARTITION BY RANGE (id);
--- a
CREATE PUBLICATION pub FOR TABLE parent;
--- b
CREATE PUBLICATION pub FOR TABLE parent WITH (publish = 'insert, delete', publish_via_partition_root = true);

=== publication of a table created with it
--- b
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t;

=== publication becomes for all tables
--- both
CREATE TABLE t (id int PRIMARY KEY);
--- a
CREATE PUBLICATION pub FOR TABLE t;
--- b
CREATE PUBLICATION pub FOR ALL TABLES;

=== publication with row filter and column list
--- requires 15
--- both
CREATE TABLE t (id int PRIMARY KEY, region text, secret text);
--- a
CREATE PUBLICATION pub FOR TABLE t;
--- b
CREATE PUBLICATION pub FOR TABLE t (id, region) WHERE (region = 'eu');

=== publication of schemas
--- requires 15
--- both
CREATE SCHEMA sales;
CREATE SCHEMA hr;
CREATE TABLE sales.orders (id int PRIMARY KEY);
CREATE TABLE t (id int PRIMARY KEY);
--- a
CREATE PUBLICATION pub FOR TABLES IN SCHEMA hr;
--- b
CREATE PUBLICATION pub FOR TABLE t, TABLES IN SCHEMA sales;

=== publication dropped with a table it publishes
--- a
CREATE TABLE t (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t;
