DROP VIEW public.gone_v;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.gone;
