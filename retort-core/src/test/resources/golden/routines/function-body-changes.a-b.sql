SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(i integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT i + 2$function$;
