-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_norm;

DROP FUNCTION public.norm(integer);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.norm(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i$function$;

-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY t_norm ON public.t USING btree (public.norm(a));
