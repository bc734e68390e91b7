SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;
