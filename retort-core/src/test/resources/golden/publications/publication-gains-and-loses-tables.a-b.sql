ALTER PUBLICATION pub SET TABLE public.t2, public.t3;
