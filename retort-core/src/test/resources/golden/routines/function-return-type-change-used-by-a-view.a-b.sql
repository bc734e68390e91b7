DROP VIEW public.v;

DROP FUNCTION public.price(integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.price(i integer)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i * 2.5$function$;

CREATE VIEW public.v AS
SELECT t.id,
    public.price(t.id) AS p
   FROM public.t;
