-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_a;

-- hazards: ACCESS EXCLUSIVE lock, index build
ALTER TABLE public.t ADD CONSTRAINT t_a UNIQUE (a);
