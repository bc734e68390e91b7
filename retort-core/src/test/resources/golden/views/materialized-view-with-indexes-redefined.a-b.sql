DROP MATERIALIZED VIEW public.m;

CREATE MATERIALIZED VIEW public.m AS
SELECT s.k,
    sum(s.v) AS total,
    count(*) AS n
   FROM public.s
  GROUP BY s.k
WITH NO DATA;

CREATE UNIQUE INDEX m_k ON public.m USING btree (k);

CREATE INDEX m_total ON public.m USING btree (total);
