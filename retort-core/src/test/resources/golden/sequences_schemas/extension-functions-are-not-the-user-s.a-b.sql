SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.sim(a text, b text)
 RETURNS real
 LANGUAGE sql
AS $function$SELECT similarity(a, b)$function$;
