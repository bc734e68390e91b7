SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT SECURITY DEFINER
 SET work_mem TO '2MB'
AS $function$SELECT 1$function$;
