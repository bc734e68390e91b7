DROP TEXT SEARCH CONFIGURATION public.my_cfg;

DROP TEXT SEARCH PARSER public.my_parser;

CREATE TEXT SEARCH PARSER public.my_parser (
    START = prsd_start,
    GETTOKEN = prsd_nexttoken,
    END = prsd_end,
    LEXTYPES = prsd_lextype
);

CREATE TEXT SEARCH CONFIGURATION public.my_cfg (PARSER = public.my_parser);
ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR asciiword WITH simple;
