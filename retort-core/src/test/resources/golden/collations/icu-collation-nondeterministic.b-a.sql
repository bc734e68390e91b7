DROP COLLATION public.case_insensitive;
