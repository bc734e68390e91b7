-- migrate:autocommit
DROP INDEX CONCURRENTLY public.t_ab;
