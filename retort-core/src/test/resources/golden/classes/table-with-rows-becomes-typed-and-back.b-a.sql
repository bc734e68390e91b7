-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.people NOT OF;
