DROP FUNCTION public.sim(text, text);
