-- hazards: ACCESS EXCLUSIVE lock
DROP POLICY own ON public.doc;

-- hazards: ACCESS EXCLUSIVE lock
CREATE POLICY own ON public.doc
    AS PERMISSIVE
    FOR ALL
    TO PUBLIC
    USING ((owner_name = CURRENT_USER));
