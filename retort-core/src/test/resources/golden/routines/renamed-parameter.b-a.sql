DROP VIEW public.v;

DROP FUNCTION public.f(integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(a integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT $1$function$;

CREATE VIEW public.v AS
SELECT public.f(1) AS x;
