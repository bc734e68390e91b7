DROP VIEW public.top;

DROP FUNCTION public.ids();

DROP VIEW public.base;
