-- hazards: ACCESS EXCLUSIVE lock
DROP RULE t_log_insert ON public.t;

-- hazards: table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazards: ACCESS EXCLUSIVE lock
CREATE RULE t_log_insert AS
    ON INSERT TO public.t DO  INSERT INTO public.t_log (id)
  VALUES (new.id);
