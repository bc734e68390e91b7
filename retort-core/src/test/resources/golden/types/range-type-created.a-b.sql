CREATE TYPE public.float_range AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi, MULTIRANGE_TYPE_NAME = public.float_multirange);

CREATE TABLE public.t (
    r public.float_range
);
-- skipped 1 object of kinds Retort does not model, not compared: cast (public.float_range AS public.float_multirange)
