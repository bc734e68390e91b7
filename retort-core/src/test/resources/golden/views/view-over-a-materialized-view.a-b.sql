CREATE MATERIALIZED VIEW public.m AS
SELECT s.k
   FROM public.s
WITH DATA;

CREATE VIEW public.v AS
SELECT m.k
   FROM public.m;
