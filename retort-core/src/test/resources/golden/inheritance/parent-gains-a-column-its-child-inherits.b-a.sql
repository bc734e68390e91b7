-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent ALTER COLUMN note DROP DEFAULT;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.child ALTER COLUMN note DROP DEFAULT;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.parent DROP COLUMN note;
