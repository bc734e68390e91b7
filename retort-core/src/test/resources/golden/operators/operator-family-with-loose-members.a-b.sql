ALTER OPERATOR FAMILY public.my_hash_ops USING hash ADD
    OPERATOR 1 =(integer,integer),
    FUNCTION 1 (integer, integer) public.my_hash(integer);
