CREATE TYPE public.float_range AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi, MULTIRANGE_TYPE_NAME = public.float_multirange);

CREATE TABLE public.t (
    r public.float_range
);
