CREATE STATISTICS public.t_expr ON lower(c), (a + b) FROM public.t;
