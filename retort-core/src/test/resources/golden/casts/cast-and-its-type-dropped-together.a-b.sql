DROP CAST (public.mood AS integer);

DROP FUNCTION public.mood_rank(public.mood);

-- hazards: data loss
DROP TYPE public.mood;
