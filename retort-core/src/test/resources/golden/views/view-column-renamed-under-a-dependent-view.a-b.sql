DROP VIEW public.vv;

DROP VIEW public.v;

CREATE VIEW public.v AS
SELECT orders.id AS order_id,
    orders.total
   FROM public.orders;

CREATE VIEW public.vv AS
SELECT v.order_id,
    v.total
   FROM public.v;
