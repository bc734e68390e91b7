DROP VIEW public.zz_view;

DROP FUNCTION public.b_inner();

DROP FUNCTION public.a_twice();

DROP FUNCTION public.a_count();
