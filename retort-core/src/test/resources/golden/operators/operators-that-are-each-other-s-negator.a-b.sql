CREATE OPERATOR public.!== (
    FUNCTION = public.ne3,
    LEFTARG = integer,
    RIGHTARG = integer,
    NEGATOR = OPERATOR(public.===)
);

CREATE OPERATOR public.=== (
    FUNCTION = public.eq3,
    LEFTARG = integer,
    RIGHTARG = integer,
    NEGATOR = OPERATOR(public.!==)
);
