ALTER TABLE public.t DISABLE RULE t_no_update;
