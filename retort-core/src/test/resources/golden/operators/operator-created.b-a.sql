DROP OPERATOR public.=== (integer, integer);
