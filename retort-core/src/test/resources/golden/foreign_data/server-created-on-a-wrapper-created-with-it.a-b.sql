CREATE FOREIGN DATA WRAPPER plain_fdw;

CREATE SERVER warehouse TYPE 'pg' VERSION '15' FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'db.internal', port '5432');
COMMENT ON SERVER warehouse IS 'reporting';
GRANT USAGE ON FOREIGN SERVER warehouse TO retort_reader;
