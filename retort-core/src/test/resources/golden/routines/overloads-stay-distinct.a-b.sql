SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(t text)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT upper(t)$function$;

CREATE OR REPLACE FUNCTION public.f(i integer, j integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT i + j$function$;
