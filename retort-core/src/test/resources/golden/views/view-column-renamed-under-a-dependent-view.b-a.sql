DROP VIEW public.vv;

DROP VIEW public.v;

CREATE VIEW public.v AS
SELECT orders.id,
    orders.total
   FROM public.orders;

CREATE VIEW public.vv AS
SELECT v.id,
    v.total
   FROM public.v;
