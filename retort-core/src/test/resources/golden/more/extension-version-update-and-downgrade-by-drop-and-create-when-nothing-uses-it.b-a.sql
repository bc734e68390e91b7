DROP EXTENSION pg_trgm;

CREATE EXTENSION pg_trgm WITH SCHEMA public VERSION '1.5';
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
