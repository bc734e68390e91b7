REVOKE SELECT ON TABLE public.t FROM retort_reader;
REVOKE TRUNCATE ON TABLE public.t FROM postgres;
COMMENT ON TABLE public.t IS 'new';
GRANT INSERT, UPDATE ON TABLE public.t TO retort_reader WITH GRANT OPTION;
