-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_u__retort_new ON public.t USING btree (a, b) INCLUDE (c);
-- migrate:autocommit
DROP INDEX CONCURRENTLY public.t_u;
ALTER INDEX public.t_u__retort_new RENAME TO t_u;
