-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.paint;

-- hazards: data loss
DROP TYPE public.color;
