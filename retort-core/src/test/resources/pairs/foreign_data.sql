=== foreign-data wrapper without handler
--- b
CREATE FOREIGN DATA WRAPPER plain_fdw OPTIONS (debug 'true');
COMMENT ON FOREIGN DATA WRAPPER plain_fdw IS 'no handler';

=== foreign-data wrapper options and grants changed
--- a
CREATE FOREIGN DATA WRAPPER plain_fdw OPTIONS (debug 'true', level '1');
--- b
CREATE FOREIGN DATA WRAPPER plain_fdw OPTIONS (level '2', extra 'x');
GRANT USAGE ON FOREIGN DATA WRAPPER plain_fdw TO retort_reader;

=== foreign-data wrapper gains a validator
--- a
CREATE FOREIGN DATA WRAPPER plain_fdw;
--- b
CREATE FOREIGN DATA WRAPPER plain_fdw VALIDATOR postgresql_fdw_validator;

=== server created on a wrapper created with it
--- b
CREATE FOREIGN DATA WRAPPER plain_fdw;
CREATE SERVER warehouse TYPE 'pg' VERSION '15' FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'db.internal', port '5432');
COMMENT ON SERVER warehouse IS 'reporting';
GRANT USAGE ON FOREIGN SERVER warehouse TO retort_reader;

=== server version and options changed
--- both
CREATE FOREIGN DATA WRAPPER plain_fdw;
--- a
CREATE SERVER warehouse VERSION '14' FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'a');
--- b
CREATE SERVER warehouse VERSION '15' FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'b', port '1');

=== foreign table created
--- both
CREATE FOREIGN DATA WRAPPER plain_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER plain_fdw;
--- b
CREATE FOREIGN TABLE remote_orders (
    id int OPTIONS (column_name 'order_id') NOT NULL,
    note text COLLATE "C" DEFAULT 'none',
    at timestamptz
) SERVER warehouse OPTIONS (schema_name 'sales', table_name 'orders');
COMMENT ON FOREIGN TABLE remote_orders IS 'over there';
GRANT SELECT ON remote_orders TO retort_reader;

=== foreign table columns added and dropped, options changed
--- both
CREATE FOREIGN DATA WRAPPER plain_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER plain_fdw;
--- a
CREATE FOREIGN TABLE remote (id int, old_note text) SERVER warehouse OPTIONS (table_name 'a');
--- b
CREATE FOREIGN TABLE remote (id int, region text) SERVER warehouse OPTIONS (table_name 'b');

=== foreign table retyped column, with a view on it
--- both
CREATE FOREIGN DATA WRAPPER plain_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER plain_fdw;
--- a
CREATE FOREIGN TABLE remote (id int, note text) SERVER warehouse;
CREATE VIEW remote_ids AS SELECT id FROM remote;
--- b
CREATE FOREIGN TABLE remote (id bigint, note text) SERVER warehouse;
CREATE VIEW remote_ids AS SELECT id FROM remote;

=== wrapper, server and foreign table dropped together
--- a
CREATE FOREIGN DATA WRAPPER plain_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER plain_fdw;
CREATE FOREIGN TABLE remote (id int) SERVER warehouse;
