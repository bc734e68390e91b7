-- hazards: ACCESS EXCLUSIVE lock
DROP RULE v_insert ON public.v;
