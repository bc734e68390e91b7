SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.norm(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i + 1$function$;
