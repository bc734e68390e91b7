ALTER PUBLICATION pub SET TABLE public.t1, public.t2;
