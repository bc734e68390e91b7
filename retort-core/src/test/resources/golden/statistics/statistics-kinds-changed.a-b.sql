DROP STATISTICS public.t_ab;

CREATE STATISTICS public.t_ab (mcv) ON a, b FROM public.t;
