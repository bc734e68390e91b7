CREATE OR REPLACE VIEW public.v AS
SELECT orders.id,
    orders.total
   FROM public.orders
  WHERE (orders.total > (1)::numeric);
