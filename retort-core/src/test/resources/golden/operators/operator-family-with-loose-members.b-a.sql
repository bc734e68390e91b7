ALTER OPERATOR FAMILY public.my_hash_ops USING hash DROP
    OPERATOR 1 (integer, integer),
    FUNCTION 1 (integer, integer);
