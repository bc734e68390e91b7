DROP VIEW public.v;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;

DROP FUNCTION public.f(bigint);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i + 1$function$;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT public.f(1);

CREATE VIEW public.v AS
SELECT t.id,
    public.f(t.id) AS g
   FROM public.t;
