=== cast with a function, as assignment
--- both
CREATE TYPE mood AS ENUM ('sad', 'happy');
--- b
CREATE FUNCTION mood_rank(mood) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE $1 WHEN 'sad' THEN 0 ELSE 1 END $$;
CREATE CAST (mood AS int) WITH FUNCTION mood_rank(mood) AS ASSIGNMENT;
COMMENT ON CAST (mood AS int) IS 'rank';

=== cast without function and with inout
--- both
CREATE TYPE mood AS ENUM ('sad', 'happy');
-- A base type stored like text (base types are not modelled, so it is in both): the only kind of user type
-- PostgreSQL 18 lets a cast without function reach.
CREATE TYPE my_text;
CREATE FUNCTION my_text_in(cstring) RETURNS my_text LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION my_text_out(my_text) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE my_text (INPUT = my_text_in, OUTPUT = my_text_out, LIKE = text);
--- b
CREATE CAST (my_text AS text) WITHOUT FUNCTION;
CREATE CAST (mood AS text) WITH INOUT AS IMPLICIT;

=== cast context changed
--- both
CREATE TYPE mood AS ENUM ('sad', 'happy');
--- a
CREATE CAST (mood AS text) WITH INOUT;
--- b
CREATE CAST (mood AS text) WITH INOUT AS IMPLICIT;

=== cast and its type dropped together
--- a
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE FUNCTION mood_rank(mood) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
CREATE CAST (mood AS int) WITH FUNCTION mood_rank(mood);

=== cast function changed
--- both
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE FUNCTION mood_rank(mood) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
CREATE FUNCTION mood_score(mood) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 2 $$;
--- a
CREATE CAST (mood AS int) WITH FUNCTION mood_rank(mood);
--- b
CREATE CAST (mood AS int) WITH FUNCTION mood_score(mood);
