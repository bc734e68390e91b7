-- hazards: ACCESS EXCLUSIVE lock
CREATE POLICY own ON public.doc
    AS PERMISSIVE
    FOR SELECT
    TO retort_reader
    USING ((owner_name = CURRENT_USER));
