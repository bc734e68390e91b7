DROP STATISTICS public.t_ab;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN b TYPE integer USING b::integer;

CREATE STATISTICS public.t_ab ON a, b FROM public.t;
