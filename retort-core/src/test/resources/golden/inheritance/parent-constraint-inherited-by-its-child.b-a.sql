-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent DROP CONSTRAINT positive;
