-- One of each kind added after the first corpus: rules, collations, extended statistics, publications, casts, text
-- search objects, operators and their classes and families, access methods and foreign-data objects. Valid on
-- PostgreSQL 13 and later (no publication column lists or schemas, no expression statistics).
CREATE SCHEMA extras;
CREATE TABLE extras.events (id int PRIMARY KEY, kind text, body text, score int);
CREATE TABLE extras.events_log (id int, at timestamptz DEFAULT now());
CREATE VIEW extras.recent_events AS SELECT id, kind FROM extras.events;
CREATE RULE events_log_insert AS ON INSERT TO extras.events DO ALSO INSERT INTO extras.events_log (id) VALUES (NEW.id);
CREATE RULE recent_events_insert AS ON INSERT TO extras.recent_events
    DO INSTEAD INSERT INTO extras.events (id, kind) VALUES (NEW.id, NEW.kind);
CREATE COLLATION extras.byte_order (provider = libc, locale = 'C');
CREATE COLLATION extras.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE extras.tags (name text COLLATE extras.case_insensitive, code text COLLATE extras.byte_order);
CREATE STATISTICS extras.events_kind_score (ndistinct, dependencies) ON kind, score FROM extras.events;
ALTER STATISTICS extras.events_kind_score SET STATISTICS 300;
CREATE PUBLICATION extras_pub FOR TABLE extras.events, extras.tags WITH (publish = 'insert, update');
CREATE TYPE extras.level AS ENUM ('low', 'high');
CREATE FUNCTION extras.level_rank(extras.level) RETURNS int LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE $1 WHEN 'low' THEN 0 ELSE 1 END $$;
CREATE CAST (extras.level AS int) WITH FUNCTION extras.level_rank(extras.level) AS ASSIGNMENT;
CREATE TEXT SEARCH DICTIONARY extras.english_stop (TEMPLATE = simple, stopwords = english);
CREATE TEXT SEARCH CONFIGURATION extras.plain (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION extras.plain ADD MAPPING FOR asciiword, word WITH extras.english_stop, simple;
CREATE INDEX events_body_fts ON extras.events USING gin (to_tsvector('extras.plain'::regconfig, body));
CREATE FUNCTION extras.score_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($2, $1)';
CREATE OPERATOR CLASS extras.int4_reverse FOR TYPE int4 USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 extras.score_cmp(int, int);
CREATE INDEX events_score_desc ON extras.events (score extras.int4_reverse);
CREATE FUNCTION extras.near(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1 - $2) < 10';
CREATE OPERATOR extras.~~~ (LEFTARG = int, RIGHTARG = int, FUNCTION = extras.near, COMMUTATOR = OPERATOR(extras.~~~));
CREATE ACCESS METHOD heap_again TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE extras.archive (id int) USING heap_again;
CREATE FOREIGN DATA WRAPPER extras_fdw;
CREATE SERVER extras_server FOREIGN DATA WRAPPER extras_fdw OPTIONS (host 'elsewhere');
CREATE FOREIGN TABLE extras.remote_events (id int NOT NULL, kind text) SERVER extras_server
    OPTIONS (table_name 'events');
CREATE VIEW extras.remote_kinds AS SELECT DISTINCT kind FROM extras.remote_events;
