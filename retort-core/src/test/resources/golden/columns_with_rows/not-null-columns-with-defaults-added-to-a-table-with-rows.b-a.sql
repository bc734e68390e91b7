-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN token DROP DEFAULT;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN name DROP DEFAULT;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN created DROP DEFAULT;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN name;
-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN created;
-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN token;
-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN n;
