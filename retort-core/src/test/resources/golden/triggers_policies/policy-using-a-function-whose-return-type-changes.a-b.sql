-- hazards: ACCESS EXCLUSIVE lock
DROP POLICY p ON public.doc;

DROP FUNCTION public.ok(integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.ok(i integer)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$SELECT i$function$;

-- hazards: ACCESS EXCLUSIVE lock
CREATE POLICY p ON public.doc
    AS PERMISSIVE
    FOR ALL
    TO PUBLIC
    USING ((public.ok(id) > 0));
