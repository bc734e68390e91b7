=== a NOT NULL set on a column with rows, through a validated check
--- both
CREATE TABLE t (id integer PRIMARY KEY, name text);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
--- a
--- b
ALTER TABLE t ALTER COLUMN name SET NOT NULL;

=== a foreign key and a check added to tables with rows, validated afterwards
--- both
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, p_id integer, n integer);
INSERT INTO p VALUES (1), (2);
INSERT INTO c VALUES (1, 1, 5), (2, 2, 7);
--- a
--- b
ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id);
ALTER TABLE c ADD CONSTRAINT c_n CHECK (n > 0);

=== a unique constraint added to a table with rows, on an index built concurrently
--- both
CREATE TABLE t (id integer PRIMARY KEY, code text);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
--- a
--- b
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code);

=== an index on a materialized view built concurrently
--- both
CREATE TABLE t (id integer PRIMARY KEY, v integer);
INSERT INTO t VALUES (1, 10);
CREATE MATERIALIZED VIEW m AS SELECT id, v FROM t;
--- a
--- b
CREATE INDEX m_v ON m (v);

=== an index on a partitioned table is built in one statement (no CONCURRENTLY there)
--- both
CREATE TABLE pt (id integer, v integer) PARTITION BY RANGE (id);
CREATE TABLE pt_1 PARTITION OF pt FOR VALUES FROM (0) TO (100);
--- a
--- b
CREATE INDEX pt_v ON pt (v);

=== a new table needs no recipe
--- both
CREATE TABLE p (id integer PRIMARY KEY);
--- a
--- b
CREATE TABLE c (id integer PRIMARY KEY, p_id integer REFERENCES p, v integer NOT NULL CHECK (v > 0));
CREATE INDEX c_v ON c (v);
