=== text search configuration copied from english
--- b
CREATE TEXT SEARCH CONFIGURATION my_english (COPY = english);
COMMENT ON TEXT SEARCH CONFIGURATION my_english IS 'like english';

=== text search dictionary and a configuration using it
--- b
CREATE TEXT SEARCH DICTIONARY english_stop (TEMPLATE = simple, stopwords = english, accept = false);
CREATE TEXT SEARCH CONFIGURATION plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR asciiword, word WITH english_stop, simple;
ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR int, uint WITH simple;

=== text search dictionary options changed
--- a
CREATE TEXT SEARCH DICTIONARY my_simple (TEMPLATE = simple, stopwords = english);
--- b
CREATE TEXT SEARCH DICTIONARY my_simple (TEMPLATE = simple, accept = false);
COMMENT ON TEXT SEARCH DICTIONARY my_simple IS 'rejects';

=== text search dictionary template changed
--- a
CREATE TEXT SEARCH DICTIONARY words (TEMPLATE = simple);
--- b
CREATE TEXT SEARCH DICTIONARY words (TEMPLATE = snowball, language = english);

=== text search configuration mappings changed
--- both
CREATE TEXT SEARCH DICTIONARY english_stop (TEMPLATE = simple, stopwords = english);
--- a
CREATE TEXT SEARCH CONFIGURATION cfg (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION cfg ADD MAPPING FOR asciiword, word, email WITH simple;
--- b
CREATE TEXT SEARCH CONFIGURATION cfg (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION cfg ADD MAPPING FOR asciiword WITH english_stop, simple;
ALTER TEXT SEARCH CONFIGURATION cfg ADD MAPPING FOR word WITH simple;
ALTER TEXT SEARCH CONFIGURATION cfg ADD MAPPING FOR url WITH simple;

=== text search configuration used by an index
--- both
CREATE TABLE doc (body text);
--- b
CREATE TEXT SEARCH CONFIGURATION my_english (COPY = english);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector('public.my_english'::regconfig, body));

=== text search parser and template (superuser, built-in C functions)
--- b
CREATE TEXT SEARCH PARSER my_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
    LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH TEMPLATE my_template (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH DICTIONARY my_dict (TEMPLATE = my_template, stopwords = english);
CREATE TEXT SEARCH CONFIGURATION my_cfg (PARSER = my_parser);
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR asciiword WITH my_dict;
COMMENT ON TEXT SEARCH PARSER my_parser IS 'the default one again';

=== text search parser changed under its configuration
--- a
CREATE TEXT SEARCH PARSER my_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
    LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH CONFIGURATION my_cfg (PARSER = my_parser);
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR asciiword WITH simple;
--- b
CREATE TEXT SEARCH PARSER my_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
    LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH CONFIGURATION my_cfg (PARSER = my_parser);
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR asciiword WITH simple;
