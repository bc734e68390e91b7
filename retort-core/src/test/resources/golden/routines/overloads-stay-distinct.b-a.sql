DROP FUNCTION public.f(integer, integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(t text)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT t$function$;
