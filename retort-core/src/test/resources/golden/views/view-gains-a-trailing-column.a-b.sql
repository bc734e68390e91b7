CREATE OR REPLACE VIEW public.v AS
SELECT orders.id,
    orders.total,
    orders.note
   FROM public.orders;
