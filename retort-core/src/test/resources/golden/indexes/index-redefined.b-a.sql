-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY t_i__retort_new ON public.t USING btree (a);
-- migrate:autocommit
DROP INDEX CONCURRENTLY public.t_i;
ALTER INDEX public.t_i__retort_new RENAME TO t_i;
