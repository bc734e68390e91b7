DROP STATISTICS public.t_ab;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN b TYPE integer USING b::integer;

CREATE STATISTICS public.t_ab ON a, b FROM public.t;
