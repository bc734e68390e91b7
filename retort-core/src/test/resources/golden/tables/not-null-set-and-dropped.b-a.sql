-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT retort_not_null_a CHECK (a IS NOT NULL) NOT VALID;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN b DROP NOT NULL;
-- migrate:autocommit
ALTER TABLE public.t VALIDATE CONSTRAINT retort_not_null_a;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;
ALTER TABLE public.t DROP CONSTRAINT retort_not_null_a;
