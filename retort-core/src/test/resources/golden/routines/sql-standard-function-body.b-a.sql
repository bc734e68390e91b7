DROP FUNCTION public.n();
