DROP STATISTICS public.t_expr;
