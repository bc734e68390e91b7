CREATE CAST (public.mood AS text) WITH INOUT AS IMPLICIT;

CREATE CAST (public.my_text AS text) WITHOUT FUNCTION;
-- skipped 1 object of kinds Retort does not model, not compared: type public.my_text
