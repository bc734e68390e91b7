ALTER TYPE public.feeling RENAME TO mood;

ALTER DOMAIN public.positive_int RENAME TO positive;
