SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.dbl(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i * 2$function$;
