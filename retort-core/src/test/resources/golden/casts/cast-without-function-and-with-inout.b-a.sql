DROP CAST (public.my_text AS text);

DROP CAST (public.mood AS text);
-- skipped 1 object of kinds Retort does not model, not compared: type public.my_text
