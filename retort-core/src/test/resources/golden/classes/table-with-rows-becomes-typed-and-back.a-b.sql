-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.people OF public.person;
