CREATE TEXT SEARCH PARSER public.my_parser (
    START = prsd_start,
    GETTOKEN = prsd_nexttoken,
    END = prsd_end,
    LEXTYPES = prsd_lextype,
    HEADLINE = prsd_headline
);
COMMENT ON TEXT SEARCH PARSER public.my_parser IS 'the default one again';

CREATE TEXT SEARCH TEMPLATE public.my_template (INIT = dsimple_init, LEXIZE = dsimple_lexize);

CREATE TEXT SEARCH DICTIONARY public.my_dict (TEMPLATE = public.my_template, stopwords = 'english');

CREATE TEXT SEARCH CONFIGURATION public.my_cfg (PARSER = public.my_parser);
ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR asciiword WITH public.my_dict;
