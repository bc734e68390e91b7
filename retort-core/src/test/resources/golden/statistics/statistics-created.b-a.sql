DROP STATISTICS public.t_abc;

DROP STATISTICS public.t_ab;
