DROP FOREIGN TABLE public.remote_orders;
