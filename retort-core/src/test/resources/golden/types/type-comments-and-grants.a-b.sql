COMMENT ON TYPE public.mood IS 'feelings';
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;

COMMENT ON DOMAIN public.d IS 'dee';
GRANT USAGE ON DOMAIN public.d TO retort_reader;
