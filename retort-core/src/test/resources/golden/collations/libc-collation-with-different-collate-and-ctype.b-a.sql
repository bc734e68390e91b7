DROP COLLATION public.mixed;
