SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.eq3(integer, integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT $1 = $2$function$;

CREATE OPERATOR public.=== (
    FUNCTION = public.eq3,
    LEFTARG = integer,
    RIGHTARG = integer
);
