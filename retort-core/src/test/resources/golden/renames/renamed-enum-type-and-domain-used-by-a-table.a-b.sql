ALTER TYPE public.mood RENAME TO feeling;

ALTER DOMAIN public.positive RENAME TO positive_int;
