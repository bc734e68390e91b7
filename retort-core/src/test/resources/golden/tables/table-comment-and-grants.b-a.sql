REVOKE INSERT, UPDATE ON TABLE public.t FROM retort_reader;
COMMENT ON TABLE public.t IS 'old';
GRANT SELECT ON TABLE public.t TO retort_reader;
GRANT TRUNCATE ON TABLE public.t TO postgres;
