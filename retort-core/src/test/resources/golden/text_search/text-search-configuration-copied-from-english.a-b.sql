CREATE TEXT SEARCH CONFIGURATION public.my_english (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR asciiword, word, hword_part, hword_asciipart, asciihword, hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_english
    ADD MAPPING FOR numword, email, url, host, sfloat, version, hword_numpart, numhword, url_path, file, float, int, uint WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION public.my_english IS 'like english';
