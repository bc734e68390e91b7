-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;

DROP FUNCTION public.next_code();

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN code;
