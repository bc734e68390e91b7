REVOKE SELECT (c1) ON TABLE public.t FROM retort_reader;
REVOKE SELECT (c2), UPDATE (c2) ON TABLE public.t FROM retort_reader;
GRANT SELECT, UPDATE ON TABLE public.t TO retort_reader;
