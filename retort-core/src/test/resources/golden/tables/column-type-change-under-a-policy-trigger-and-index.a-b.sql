-- hazards: ACCESS EXCLUSIVE lock
DROP POLICY p ON public.t;

-- hazards: ACCESS EXCLUSIVE lock
DROP TRIGGER t_trg ON public.t;

-- hazards: table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN owner_id TYPE bigint USING owner_id::bigint;

-- hazards: ACCESS EXCLUSIVE lock
CREATE TRIGGER t_trg BEFORE UPDATE OF owner_id ON public.t FOR EACH ROW EXECUTE FUNCTION public.trg();

-- hazards: ACCESS EXCLUSIVE lock
CREATE POLICY p ON public.t
    AS PERMISSIVE
    FOR ALL
    TO PUBLIC
    USING ((owner_id > 0));
