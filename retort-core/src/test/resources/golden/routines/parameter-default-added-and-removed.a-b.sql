DROP FUNCTION public.f(integer, integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(a integer, b integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT a + b$function$;
