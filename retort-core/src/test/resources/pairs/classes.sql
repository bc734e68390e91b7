=== sequence outlives its owning table
--- a
CREATE TABLE t (id int);
CREATE SEQUENCE s OWNED BY t.id;
--- b
CREATE SEQUENCE s;

=== unlogged sequence
--- requires 15
--- both
CREATE SEQUENCE logged_s;
--- a
CREATE SEQUENCE s;
--- b
CREATE UNLOGGED SEQUENCE s;
ALTER SEQUENCE logged_s SET UNLOGGED;

=== typed table
--- both
CREATE TYPE person AS (name text, age int);
--- b
CREATE TABLE people OF person (PRIMARY KEY (name), age WITH OPTIONS DEFAULT 0);

=== table with rows becomes typed and back
--- both
CREATE TYPE person AS (name text, age int);
--- a
CREATE TABLE people (name text, age int);
--- b
CREATE TABLE people OF person;

=== primary key and unique constraint index options
--- a
CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE r (id int REFERENCES t (id));
--- b
CREATE TABLE t (id int PRIMARY KEY WITH (fillfactor = 70), code text UNIQUE WITH (fillfactor = 80)
    USING INDEX TABLESPACE pg_default DEFERRABLE INITIALLY DEFERRED);
COMMENT ON INDEX t_pkey IS 'the key';
CREATE TABLE r (id int REFERENCES t (id));

=== column statistics, storage and options
--- a
CREATE TABLE t (id int, body text, n int);
--- b
CREATE TABLE t (id int, body text, n int);
ALTER TABLE t ALTER COLUMN id SET STATISTICS 500;
ALTER TABLE t ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE t ALTER COLUMN n SET (n_distinct = 100);

=== column compression
--- requires 14
--- a
CREATE TABLE t (body text);
--- b
CREATE TABLE t (body text COMPRESSION pglz);

=== aggregates with star and ordered-set arguments, granted
--- both
CREATE FUNCTION cnt_sfunc(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1';
--- b
CREATE AGGREGATE my_count(*) (SFUNC = cnt_sfunc, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE my_pct(float8 ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal,
    FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
GRANT EXECUTE ON FUNCTION my_count() TO retort_reader;
REVOKE EXECUTE ON FUNCTION my_pct(float8, anyelement) FROM PUBLIC;
COMMENT ON AGGREGATE my_count(*) IS 'counts';

=== inherited column moves from parent to child
--- one-way
--- a
CREATE TABLE parent (id int, note text);
CREATE TABLE child (extra int) INHERITS (parent);
--- b
CREATE TABLE parent (id int);
CREATE TABLE child (note text, extra int) INHERITS (parent);

=== composite type attribute order, nothing using it
--- a
CREATE TYPE addr AS (street text, zip int, city text);
--- b
CREATE TYPE addr AS (city text, street text, zip int);

=== domain constraint comments
--- both
CREATE DOMAIN pos AS int CONSTRAINT pos_check CHECK (VALUE > 0);
--- b
COMMENT ON CONSTRAINT pos_check ON DOMAIN pos IS 'must be positive';
