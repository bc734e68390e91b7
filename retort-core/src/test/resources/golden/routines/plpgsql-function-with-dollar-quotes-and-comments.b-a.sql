DROP FUNCTION public.msg(text);
