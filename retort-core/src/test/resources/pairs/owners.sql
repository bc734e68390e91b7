=== objects owned by another role than the one migrating
--- both
CREATE SCHEMA app;
CREATE TABLE app.t (id serial PRIMARY KEY, n int);
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE app.mood AS ENUM ('a', 'b');
CREATE DOMAIN app.pos AS int CHECK (VALUE > 0);
CREATE SEQUENCE app.s;
--- b
ALTER SCHEMA app OWNER TO retort_reader;
ALTER TABLE app.t OWNER TO retort_reader;
ALTER VIEW app.v OWNER TO retort_reader;
ALTER FUNCTION app.f() OWNER TO retort_reader;
ALTER TYPE app.mood OWNER TO retort_reader;
ALTER DOMAIN app.pos OWNER TO retort_reader;
ALTER SEQUENCE app.s OWNER TO "Mixed Role";

=== new objects created for another owner
--- b
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, c serial);
ALTER TABLE t OWNER TO retort_reader;
CREATE VIEW v AS SELECT id FROM t;
ALTER VIEW v OWNER TO "Mixed Role";
GRANT SELECT ON v TO retort_reader;
