COMMENT ON MATERIALIZED VIEW public.m IS 'refreshed';

-- hazards: index build
CREATE INDEX m_k ON public.m USING btree (k);
