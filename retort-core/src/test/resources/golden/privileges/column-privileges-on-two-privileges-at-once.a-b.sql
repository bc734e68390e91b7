GRANT SELECT (c1), UPDATE (c1) ON TABLE public.t TO retort_reader;
