-- migrate:autocommit
DROP INDEX CONCURRENTLY public.m_k;

COMMENT ON MATERIALIZED VIEW public.m IS NULL;
