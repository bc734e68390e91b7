=== column privileges on two privileges at once
--- both
CREATE TABLE t (c1 int, c2 int, secret text);
--- b
GRANT SELECT (c1), UPDATE (c1) ON t TO retort_reader;

=== table privilege replaced by column privileges
--- both
CREATE TABLE t (c1 int, c2 int, secret text);
--- a
GRANT SELECT, UPDATE ON t TO retort_reader;
--- b
GRANT SELECT (c1, c2), UPDATE (c2) ON t TO retort_reader;

=== column privileges on a new column and on a view
--- both
CREATE TABLE t (c1 int, secret text);
CREATE VIEW v AS SELECT c1, secret FROM t;
--- b
ALTER TABLE t ADD COLUMN c2 int;
GRANT SELECT (c2), INSERT (c2), REFERENCES (c1) ON t TO retort_reader;
GRANT SELECT (c1), UPDATE (c1) ON v TO retort_reader;
