-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT retort_not_null_b CHECK (b IS NOT NULL) NOT VALID;
-- migrate:autocommit
ALTER TABLE public.t VALIDATE CONSTRAINT retort_not_null_b;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN b SET NOT NULL;
ALTER TABLE public.t DROP CONSTRAINT retort_not_null_b;
