CREATE TEXT SEARCH DICTIONARY public.english_stop (TEMPLATE = pg_catalog.simple, stopwords = 'english', accept = 'false');

CREATE TEXT SEARCH CONFIGURATION public.plain (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.plain
    ADD MAPPING FOR asciiword, word WITH public.english_stop, simple;
ALTER TEXT SEARCH CONFIGURATION public.plain
    ADD MAPPING FOR int, uint WITH simple;
