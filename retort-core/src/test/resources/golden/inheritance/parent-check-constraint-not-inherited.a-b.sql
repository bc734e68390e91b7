-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent ADD CONSTRAINT parent_only CHECK ((id > 0)) NO INHERIT;
