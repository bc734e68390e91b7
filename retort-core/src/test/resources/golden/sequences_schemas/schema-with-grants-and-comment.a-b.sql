COMMENT ON SCHEMA app IS 'the app';
GRANT CREATE, USAGE ON SCHEMA app TO retort_reader;
