-- hazards: ACCESS EXCLUSIVE lock
DROP TRIGGER t_chk ON public.t;
