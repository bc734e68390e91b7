DROP TEXT SEARCH DICTIONARY public.words;

CREATE TEXT SEARCH DICTIONARY public.words (TEMPLATE = pg_catalog.snowball, language = 'english');
