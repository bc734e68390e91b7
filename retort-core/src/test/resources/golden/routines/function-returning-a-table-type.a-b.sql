SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.all_t()
 RETURNS SETOF public.t
 LANGUAGE sql
 STABLE
AS $function$SELECT * FROM t$function$;

CREATE OR REPLACE FUNCTION public.pairs()
 RETURNS TABLE(a integer, b text)
 LANGUAGE sql
AS $function$SELECT id, name FROM t$function$;
