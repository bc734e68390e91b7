-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.u;

-- hazards: data loss
DROP SEQUENCE public.shared;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN n;
