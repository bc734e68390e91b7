-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_trgm;

DROP EXTENSION pg_trgm;
