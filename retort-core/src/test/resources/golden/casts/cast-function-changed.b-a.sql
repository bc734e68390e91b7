DROP CAST (public.mood AS integer);

CREATE CAST (public.mood AS integer) WITH FUNCTION public.mood_rank(public.mood);
