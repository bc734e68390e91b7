-- migrate:autocommit
DROP INDEX CONCURRENTLY public.t_trgm;

DROP EXTENSION pg_trgm;
