-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY m_v ON public.m USING btree (v);
