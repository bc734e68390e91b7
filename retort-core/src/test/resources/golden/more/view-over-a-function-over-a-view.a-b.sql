CREATE VIEW public.base AS
SELECT t.id
   FROM public.t;

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.ids()
 RETURNS SETOF public.base
 LANGUAGE sql
 STABLE
AS $function$SELECT * FROM base$function$;

CREATE VIEW public.top AS
SELECT ids.id
   FROM public.ids() ids(id);
