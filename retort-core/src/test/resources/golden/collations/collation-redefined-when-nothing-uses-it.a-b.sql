DROP COLLATION public.ordering;

CREATE COLLATION public.ordering (provider = icu, locale = 'sv');
