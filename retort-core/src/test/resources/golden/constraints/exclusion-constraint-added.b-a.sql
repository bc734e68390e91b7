-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.booking DROP CONSTRAINT no_overlap;
