-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

-- hazards: data loss
DROP TYPE public.float_range;
-- skipped 1 object of kinds Retort does not model, not compared: cast (public.float_range AS public.float_multirange)
