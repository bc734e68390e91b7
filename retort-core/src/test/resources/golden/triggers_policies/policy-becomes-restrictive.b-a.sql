-- hazards: ACCESS EXCLUSIVE lock
DROP POLICY p ON public.doc;

-- hazards: ACCESS EXCLUSIVE lock
CREATE POLICY p ON public.doc
    AS PERMISSIVE
    FOR ALL
    TO PUBLIC
    USING ((id > 0));
