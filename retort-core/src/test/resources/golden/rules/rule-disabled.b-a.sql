ALTER TABLE public.t ENABLE RULE t_no_update;
