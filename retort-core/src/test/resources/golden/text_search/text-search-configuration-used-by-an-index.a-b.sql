CREATE TEXT SEARCH CONFIGURATION public.my_english (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciiword, word, hword_part, hword_asciipart, asciihword, hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numword, email, url, host, sfloat, version, hword_numpart, numhword, url_path, file, float, int, uint WITH simple;

-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY doc_fts ON public.doc USING gin (to_tsvector('public.my_english'::regconfig, body));
