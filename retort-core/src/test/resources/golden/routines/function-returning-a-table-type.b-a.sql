DROP FUNCTION public.pairs();

DROP FUNCTION public.all_t();
