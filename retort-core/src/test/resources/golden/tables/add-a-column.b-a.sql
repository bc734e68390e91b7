-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN name DROP DEFAULT;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN name;
