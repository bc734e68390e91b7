ALTER FOREIGN DATA WRAPPER plain_fdw OPTIONS (DROP debug, SET level '2', ADD extra 'x');
GRANT USAGE ON FOREIGN DATA WRAPPER plain_fdw TO retort_reader;
