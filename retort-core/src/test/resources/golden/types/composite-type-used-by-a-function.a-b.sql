CREATE TYPE public.pair AS (
    a integer,
    b integer
);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.mk(i integer)
 RETURNS public.pair
 LANGUAGE sql
AS $function$SELECT (i, i)::pair$function$;
