DROP MATERIALIZED VIEW public.r;

CREATE VIEW public.r AS
SELECT s.k
   FROM public.s;
