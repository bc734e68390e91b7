SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.a_count()
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT count(*) FROM zz_view$function$;

CREATE OR REPLACE FUNCTION public.a_twice()
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT b_inner() * 2$function$;

CREATE OR REPLACE FUNCTION public.b_inner()
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT a_count()$function$;

CREATE VIEW public.zz_view AS
SELECT t.id
   FROM public.t;
