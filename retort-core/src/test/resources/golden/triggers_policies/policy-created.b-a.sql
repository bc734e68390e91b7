-- hazards: ACCESS EXCLUSIVE lock
DROP POLICY own ON public.doc;
