-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_a;

-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_a ON public.t USING btree (a) WHERE (a > 0);
