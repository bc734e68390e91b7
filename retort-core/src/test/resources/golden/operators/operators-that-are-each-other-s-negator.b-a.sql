DROP OPERATOR public.=== (integer, integer);

DROP OPERATOR public.!== (integer, integer);
