-- migrate:autocommit
DROP INDEX CONCURRENTLY public.t_a;

-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_a ON public.t USING btree (a);
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT t_a UNIQUE USING INDEX t_a;
