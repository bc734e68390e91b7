COMMENT ON SEQUENCE public.s IS 'ess';
GRANT SELECT, USAGE ON SEQUENCE public.s TO retort_reader;
