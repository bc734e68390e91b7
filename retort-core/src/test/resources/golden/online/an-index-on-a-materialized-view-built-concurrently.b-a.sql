-- migrate:autocommit
DROP INDEX CONCURRENTLY public.m_v;
