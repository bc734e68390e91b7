DROP CAST (public.mood AS integer);

DROP FUNCTION public.mood_rank(public.mood);
