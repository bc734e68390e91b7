DROP VIEW public.big_orders;
