CREATE OR REPLACE VIEW public.v AS
SELECT orders.id,
    orders.total,
    orders.note
   FROM public.orders;

CREATE OR REPLACE VIEW public.vv AS
SELECT v.id,
    v.note
   FROM public.v;
