-- hazards: ACCESS EXCLUSIVE lock
DROP RULE t_log_insert ON public.t;
