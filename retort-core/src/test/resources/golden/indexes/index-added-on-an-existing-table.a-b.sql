-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY t_ab ON public.t USING btree (a, lower(b)) WHERE (a > 0);
