-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent ADD CONSTRAINT parent_only CHECK ((id > 0)) NO INHERIT NOT VALID;

-- migrate:autocommit
ALTER TABLE public.parent VALIDATE CONSTRAINT parent_only;
