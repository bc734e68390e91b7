-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

-- hazards: data loss
DROP TYPE public.float_range;
