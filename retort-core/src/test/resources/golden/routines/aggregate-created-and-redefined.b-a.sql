DROP AGGREGATE public.total(integer);

DROP AGGREGATE public.mult(double precision);

CREATE AGGREGATE public.mult(double precision) (
    SFUNC = float8mul,
    STYPE = double precision,
    INITCOND = '1'
);
