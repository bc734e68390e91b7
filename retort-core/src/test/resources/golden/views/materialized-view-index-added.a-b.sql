COMMENT ON MATERIALIZED VIEW public.m IS 'refreshed';

-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY m_k ON public.m USING btree (k);
