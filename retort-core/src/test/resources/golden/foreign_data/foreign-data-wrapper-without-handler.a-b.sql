CREATE FOREIGN DATA WRAPPER plain_fdw OPTIONS (debug 'true');
COMMENT ON FOREIGN DATA WRAPPER plain_fdw IS 'no handler';
