-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT retort_not_null_name CHECK (name IS NOT NULL) NOT VALID;
-- migrate:autocommit
ALTER TABLE public.t VALIDATE CONSTRAINT retort_not_null_name;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN name SET NOT NULL;
ALTER TABLE public.t DROP CONSTRAINT retort_not_null_name;
