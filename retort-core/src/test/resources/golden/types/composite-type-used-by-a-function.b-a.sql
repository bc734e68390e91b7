DROP FUNCTION public.mk(integer);

-- hazards: data loss
DROP TYPE public.pair;
