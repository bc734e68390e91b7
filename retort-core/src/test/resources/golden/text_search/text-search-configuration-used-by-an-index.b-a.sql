-- migrate:autocommit
DROP INDEX CONCURRENTLY public.doc_fts;

DROP TEXT SEARCH CONFIGURATION public.my_english;
