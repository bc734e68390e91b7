DROP VIEW public.v;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;

DROP FUNCTION public.f(integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.f(i bigint)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT (i + 1)::int$function$;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT public.f((1)::bigint);

CREATE VIEW public.v AS
SELECT t.id,
    public.f((t.id)::bigint) AS g
   FROM public.t;
