CREATE OPERATOR public.## (
    FUNCTION = public.twice,
    RIGHTARG = integer
);
