-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.doc_fts;

DROP TEXT SEARCH CONFIGURATION public.my_english;
