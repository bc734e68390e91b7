DROP STATISTICS public.t_ab;

CREATE STATISTICS public.t_ab (ndistinct) ON a, b FROM public.t;
