ALTER FOREIGN DATA WRAPPER plain_fdw VALIDATOR postgresql_fdw_validator;
