REVOKE SELECT (c1), UPDATE (c1) ON TABLE public.t FROM retort_reader;
