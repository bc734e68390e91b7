=== index added on an existing table
--- both
CREATE TABLE t (a int, b text);
--- b
CREATE INDEX t_ab ON t (a, lower(b)) WHERE a > 0;

=== index redefined
--- both
CREATE TABLE t (a int, b int);
--- a
CREATE INDEX t_i ON t (a);
--- b
CREATE INDEX t_i ON t USING hash (b);

=== index comment, clustering and replica identity
--- both
CREATE TABLE t (a int NOT NULL);
CREATE UNIQUE INDEX t_a ON t (a);
--- b
COMMENT ON INDEX t_a IS 'by a';
ALTER TABLE t CLUSTER ON t_a;
ALTER TABLE t REPLICA IDENTITY USING INDEX t_a;

=== unique index with include and nulls handling
--- both
CREATE TABLE t (a int, b int, c int);
--- a
CREATE UNIQUE INDEX t_u ON t (a);
--- b
CREATE UNIQUE INDEX t_u ON t (a, b) INCLUDE (c);
