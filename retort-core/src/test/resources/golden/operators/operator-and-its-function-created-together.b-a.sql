DROP OPERATOR public.=== (integer, integer);

DROP FUNCTION public.eq3(integer, integer);
