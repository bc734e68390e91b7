=== sequence options change
--- a
CREATE SEQUENCE s;
--- b
CREATE SEQUENCE s AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 START WITH 20 CACHE 4 CYCLE;

=== sequence ownership and default
--- both
CREATE TABLE t (id int);
CREATE SEQUENCE s;
--- b
ALTER SEQUENCE s OWNED BY t.id;
ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('s');

=== serial column added and removed
--- a
CREATE TABLE t (name text);
--- b
CREATE TABLE t (name text, id serial);

=== sequence grants and comment
--- both
CREATE SEQUENCE s;
--- b
GRANT USAGE, SELECT ON SEQUENCE s TO retort_reader;
COMMENT ON SEQUENCE s IS 'ess';

=== schema with grants and comment
--- a
CREATE SCHEMA app;
--- b
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the app';
GRANT USAGE, CREATE ON SCHEMA app TO retort_reader;

=== whole schema dropped with its contents
--- a
CREATE SCHEMA gone;
CREATE TABLE gone.t (id int PRIMARY KEY);
CREATE TABLE gone.u (t_id int REFERENCES gone.t);
CREATE VIEW gone.v AS SELECT id FROM gone.t;
CREATE FUNCTION gone.f() RETURNS int LANGUAGE sql AS 'SELECT 1';

=== default privileges
--- both
CREATE SCHEMA app;
--- b
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO retort_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

=== extension added with an index using it
--- both
CREATE TABLE t (name text);
--- b
CREATE EXTENSION pg_trgm;
CREATE INDEX t_trgm ON t USING gin (name gin_trgm_ops);

=== extension functions are not the user's
--- both
CREATE EXTENSION pg_trgm;
--- b
CREATE FUNCTION sim(a text, b text) RETURNS real LANGUAGE sql AS 'SELECT similarity(a, b)';
