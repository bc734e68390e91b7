DROP VIEW public.v2;

DROP VIEW public.v;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric(12,2);

CREATE VIEW public.v AS
SELECT t.id,
    t.amount
   FROM public.t;

CREATE VIEW public.v2 AS
SELECT v.amount
   FROM public.v;
