CREATE CAST (public.int_span AS int4range) WITHOUT FUNCTION;

CREATE CAST (public.mood AS text) WITH INOUT AS IMPLICIT;
