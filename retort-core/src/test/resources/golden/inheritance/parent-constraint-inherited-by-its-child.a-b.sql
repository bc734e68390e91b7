-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent ADD CONSTRAINT positive CHECK ((id > 0));
