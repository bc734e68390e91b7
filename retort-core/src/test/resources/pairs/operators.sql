=== operator created
--- both
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
--- b
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, COMMUTATOR = ===,
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR === (int, int) IS 'equal, thrice';

=== prefix operator
--- both
CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
--- b
CREATE OPERATOR ## (RIGHTARG = int, FUNCTION = twice);

=== operator estimators changed in place
--- both
CREATE FUNCTION lt3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
--- a
CREATE OPERATOR <<< (LEFTARG = int, RIGHTARG = int, FUNCTION = lt3);
--- b
CREATE OPERATOR <<< (LEFTARG = int, RIGHTARG = int, FUNCTION = lt3, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);

=== operator and its function created together
--- b
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);

=== operators that are each other's negator
--- both
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION ne3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
--- b
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, NEGATOR = !==);
CREATE OPERATOR !== (LEFTARG = int, RIGHTARG = int, FUNCTION = ne3, NEGATOR = ===);

=== operator class and its family
--- both
CREATE FUNCTION rev_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($2, $1)';
CREATE TABLE t (id int);
--- b
CREATE OPERATOR CLASS int4_reverse FOR TYPE int4 USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 rev_cmp(int, int);
COMMENT ON OPERATOR CLASS int4_reverse USING btree IS 'descending';
CREATE INDEX t_id_desc ON t (id int4_reverse);

=== operator family with loose members
--- both
CREATE FUNCTION my_hash(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT hashint4($1)';
CREATE OPERATOR FAMILY my_hash_ops USING hash;
--- b
ALTER OPERATOR FAMILY my_hash_ops USING hash ADD OPERATOR 1 = (int, int), FUNCTION 1 my_hash(int);

=== operator class on a type with its own operators, all created together
--- b
CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION pair_lt(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a < ($2).a';
CREATE FUNCTION pair_le(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a <= ($2).a';
CREATE FUNCTION pair_eq(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a = ($2).a';
CREATE FUNCTION pair_ge(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a >= ($2).a';
CREATE FUNCTION pair_gt(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT ($1).a > ($2).a';
CREATE FUNCTION pair_cmp(pair, pair) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp(($1).a, ($2).a)';
CREATE OPERATOR <# (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_lt);
CREATE OPERATOR <=# (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_le);
CREATE OPERATOR =# (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_eq);
CREATE OPERATOR >=# (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_ge);
CREATE OPERATOR ># (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_gt);
CREATE OPERATOR CLASS pair_ops DEFAULT FOR TYPE pair USING btree AS
    OPERATOR 1 <#, OPERATOR 2 <=#, OPERATOR 3 =#, OPERATOR 4 >=#, OPERATOR 5 >#, FUNCTION 1 pair_cmp(pair, pair);
CREATE TABLE t (p pair);
CREATE INDEX t_p ON t (p);
