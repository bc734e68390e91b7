CREATE OPERATOR public.=== (
    FUNCTION = public.eq3,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.===),
    RESTRICT = eqsel,
    JOIN = eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR public.=== (integer, integer) IS 'equal, thrice';
