-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_ab;
