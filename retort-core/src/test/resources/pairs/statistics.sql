=== statistics created
--- both
CREATE TABLE t (a int, b int, c text);
--- b
CREATE STATISTICS t_ab (ndistinct, dependencies) ON a, b FROM t;
CREATE STATISTICS t_abc ON a, b, c FROM t;
COMMENT ON STATISTICS t_abc IS 'all three';

=== statistics on expressions
--- requires 14
--- both
CREATE TABLE t (a int, b int, c text);
--- b
CREATE STATISTICS t_expr ON lower(c), (a + b) FROM t;

=== statistics kinds changed
--- both
CREATE TABLE t (a int, b int);
--- a
CREATE STATISTICS t_ab (ndistinct) ON a, b FROM t;
--- b
CREATE STATISTICS t_ab (mcv) ON a, b FROM t;

=== statistics target set
--- both
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab ON a, b FROM t;
--- b
ALTER STATISTICS t_ab SET STATISTICS 500;

=== statistics in another schema
--- both
CREATE SCHEMA stats;
CREATE TABLE t (a int, b int);
--- b
CREATE STATISTICS stats.t_ab ON a, b FROM t;

=== statistics dropped with their table
--- a
CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab ON a, b FROM t;

=== statistics on a column being retyped
--- both
CREATE TABLE t (a int, b int);
--- a
CREATE STATISTICS t_ab ON a, b FROM t;
--- b
ALTER TABLE t ALTER COLUMN b TYPE bigint;
CREATE STATISTICS t_ab ON a, b FROM t;
