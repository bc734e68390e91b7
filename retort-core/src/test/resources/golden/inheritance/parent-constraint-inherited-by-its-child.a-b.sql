-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent ADD CONSTRAINT positive CHECK ((id > 0)) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.parent VALIDATE CONSTRAINT positive;
