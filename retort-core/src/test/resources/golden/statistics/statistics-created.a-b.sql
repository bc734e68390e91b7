CREATE STATISTICS public.t_ab (ndistinct, dependencies) ON a, b FROM public.t;

CREATE STATISTICS public.t_abc ON a, b, c FROM public.t;
COMMENT ON STATISTICS public.t_abc IS 'all three';
