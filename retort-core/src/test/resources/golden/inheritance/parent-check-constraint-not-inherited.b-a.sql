-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent DROP CONSTRAINT parent_only;
