DROP OPERATOR public.## (NONE, integer);
