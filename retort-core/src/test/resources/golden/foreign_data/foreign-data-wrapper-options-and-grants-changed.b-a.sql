ALTER FOREIGN DATA WRAPPER plain_fdw OPTIONS (DROP extra, ADD debug 'true', SET level '1');
REVOKE USAGE ON FOREIGN DATA WRAPPER plain_fdw FROM retort_reader;
