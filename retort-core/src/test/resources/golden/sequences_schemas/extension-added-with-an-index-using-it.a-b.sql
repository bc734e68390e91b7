CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.6';
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY t_trgm ON public.t USING gin (name public.gin_trgm_ops);
