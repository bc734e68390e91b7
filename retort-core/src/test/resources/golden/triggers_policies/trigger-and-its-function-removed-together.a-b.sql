-- hazards: ACCESS EXCLUSIVE lock
DROP TRIGGER t_touch ON public.t;

DROP FUNCTION public.touch();
