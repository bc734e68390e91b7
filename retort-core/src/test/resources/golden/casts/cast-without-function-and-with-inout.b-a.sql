DROP CAST (public.mood AS text);

DROP CAST (public.int_span AS int4range);
