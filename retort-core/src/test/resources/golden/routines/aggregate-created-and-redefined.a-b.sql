DROP AGGREGATE public.mult(double precision);

CREATE AGGREGATE public.mult(double precision) (
    SFUNC = float8mul,
    STYPE = double precision,
    INITCOND = '2'
);

CREATE AGGREGATE public.total(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0',
    PARALLEL = SAFE
);
