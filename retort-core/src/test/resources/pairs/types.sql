=== enum value added in the middle
--- a
CREATE TYPE mood AS ENUM ('sad', 'happy');
--- b
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');

=== enum value removed while a column with a default uses the type
--- a
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (m mood NOT NULL DEFAULT 'sad', ms mood[]);
CREATE VIEW v AS SELECT m FROM t;
--- b
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (m mood NOT NULL DEFAULT 'happy', ms mood[]);
CREATE VIEW v AS SELECT m FROM t;

=== enum values reordered with a function using the type
--- a
CREATE TYPE level AS ENUM ('low', 'high');
CREATE FUNCTION top() RETURNS level LANGUAGE sql AS $$ SELECT 'high'::level $$;
--- b
CREATE TYPE level AS ENUM ('high', 'low');
CREATE FUNCTION top() RETURNS level LANGUAGE sql AS $$ SELECT 'high'::level $$;

=== composite type attributes
--- a
CREATE TYPE addr AS (street text, zip int);
--- b
CREATE TYPE addr AS (street text, zip varchar(10), city text COLLATE "C");

=== range type created
--- b
CREATE TYPE float_range AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TABLE t (r float_range);

=== type comments and grants
--- both
CREATE TYPE mood AS ENUM ('a');
CREATE DOMAIN d AS int;
--- b
COMMENT ON TYPE mood IS 'feelings';
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON DOMAIN d TO retort_reader;
COMMENT ON DOMAIN d IS 'dee';

=== column moves to a new enum type
--- a
CREATE TABLE t (status text);
INSERT INTO t VALUES ('done');
--- b
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE t (status status);

=== column moves off an enum that is dropped
--- a
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE t (status status);
--- b
CREATE TABLE t (status text);
INSERT INTO t VALUES ('done');

=== composite type used by a function
--- b
CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION mk(i int) RETURNS pair LANGUAGE sql AS 'SELECT (i, i)::pair';

=== column moves between two enum types
--- both
CREATE TYPE old_status AS ENUM ('new', 'done');
CREATE TYPE new_status AS ENUM ('new', 'done', 'void');
--- a
CREATE TABLE t (s old_status NOT NULL DEFAULT 'new', hist old_status[]);
INSERT INTO t VALUES ('done', '{new,done}');
--- b
CREATE TABLE t (s new_status NOT NULL DEFAULT 'new', hist new_status[]);
INSERT INTO t VALUES ('done', '{new,done}');

=== enum rebuilt while the plan drops a table whose values the new type lacks
--- a
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE keep (m mood);
CREATE TABLE gone (m mood);
INSERT INTO gone VALUES ('ok');
INSERT INTO keep VALUES ('happy');
--- b
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE keep (m mood);
INSERT INTO keep VALUES ('happy');

=== enum gains several labels before, between and after the old ones
--- a
CREATE TYPE level AS ENUM ('mid');
CREATE TABLE t (l level);
INSERT INTO t VALUES ('mid');
--- b
CREATE TYPE level AS ENUM ('lowest', 'low', 'mid', 'high', 'higher');
CREATE TABLE t (l level);
INSERT INTO t VALUES ('mid');
