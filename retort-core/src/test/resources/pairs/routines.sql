=== function body changes
--- a
CREATE FUNCTION f(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 1';
--- b
CREATE FUNCTION f(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 2';

=== function return type change used by a view
--- a
CREATE FUNCTION price(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i * 2';
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id, price(id) AS p FROM t;
--- b
CREATE FUNCTION price(i int) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT i * 2.5';
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id, price(id) AS p FROM t;

=== renamed parameter
--- a
CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT $1';
CREATE VIEW v AS SELECT f(1) AS x;
--- b
CREATE FUNCTION f(b int) RETURNS int LANGUAGE sql AS 'SELECT $1';
CREATE VIEW v AS SELECT f(1) AS x;

=== parameter default added and removed
--- a
CREATE FUNCTION f(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql AS 'SELECT a + b';
--- b
CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';

=== overloads stay distinct
--- both
CREATE FUNCTION f(i int) RETURNS int LANGUAGE sql AS 'SELECT i';
--- a
CREATE FUNCTION f(t text) RETURNS text LANGUAGE sql AS 'SELECT t';
--- b
CREATE FUNCTION f(t text) RETURNS text LANGUAGE sql AS 'SELECT upper(t)';
CREATE FUNCTION f(i int, j int) RETURNS int LANGUAGE sql AS 'SELECT i + j';

=== function attributes change
--- a
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
--- b
CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SECURITY DEFINER SET work_mem = '2MB' AS 'SELECT 1';

=== function grants and comment
--- both
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
--- b
REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f() TO retort_reader;
COMMENT ON FUNCTION f() IS 'one';

=== function used in a check constraint and a default changes return type
--- a
CREATE FUNCTION lim() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 10';
CREATE TABLE t (n int DEFAULT lim() CHECK (n <= lim()));
--- b
CREATE FUNCTION lim() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 10::bigint';
CREATE TABLE t (n int DEFAULT lim() CHECK (n <= lim()));

=== procedure created and changed
--- a
CREATE PROCEDURE p(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
--- b
CREATE PROCEDURE p(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n + 2; END $$;
CREATE PROCEDURE q(a int, b text DEFAULT 'x') LANGUAGE sql AS 'SELECT 1';

=== aggregate created and redefined
--- a
CREATE AGGREGATE mult(float8) (SFUNC = float8mul, STYPE = float8, INITCOND = '1');
--- b
CREATE AGGREGATE mult(float8) (SFUNC = float8mul, STYPE = float8, INITCOND = '2');
CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0', PARALLEL = SAFE);

=== plpgsql function with dollar quotes and comments
--- b
CREATE FUNCTION msg(x text) RETURNS text LANGUAGE plpgsql AS $body$
BEGIN
    -- a comment with 'quotes' and $$ inside
    RETURN 'http://example.com/' || x || '::' || $$it's$$;
END
$body$;

=== sql standard function body
--- requires 14
--- both
CREATE TABLE t (id int);
--- b
CREATE FUNCTION n() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM t; END;

=== function returning a table type
--- both
CREATE TABLE t (id int, name text);
--- b
CREATE FUNCTION all_t() RETURNS SETOF t LANGUAGE sql STABLE AS 'SELECT * FROM t';
CREATE FUNCTION pairs() RETURNS TABLE (a int, b text) LANGUAGE sql AS 'SELECT id, name FROM t';

=== sql functions reading a view and calling each other, created before what they read
--- both
CREATE TABLE t (id int);
--- b
CREATE VIEW zz_view AS SELECT id FROM t;
CREATE FUNCTION a_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM zz_view';
CREATE FUNCTION b_inner() RETURNS bigint LANGUAGE sql AS 'SELECT a_count()';
CREATE FUNCTION a_twice() RETURNS bigint LANGUAGE sql AS 'SELECT b_inner() * 2';
