-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT n_ok;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT n_ok CHECK ((n > 0)) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.t VALIDATE CONSTRAINT n_ok;
