CREATE STATISTICS stats.t_ab ON a, b FROM public.t;
