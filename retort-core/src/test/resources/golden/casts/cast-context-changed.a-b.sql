DROP CAST (public.mood AS text);

CREATE CAST (public.mood AS text) WITH INOUT AS IMPLICIT;
