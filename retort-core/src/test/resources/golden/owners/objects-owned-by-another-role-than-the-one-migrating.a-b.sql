ALTER SCHEMA app OWNER TO retort_reader;

ALTER TYPE app.mood OWNER TO retort_reader;

ALTER DOMAIN app.pos OWNER TO retort_reader;

ALTER SEQUENCE app.s OWNER TO "Mixed Role";

ALTER TABLE app.t OWNER TO retort_reader;

ALTER FUNCTION app.f() OWNER TO retort_reader;

ALTER VIEW app.v OWNER TO retort_reader;
