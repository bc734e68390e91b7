DROP FUNCTION public.top();

ALTER TYPE public.level RENAME TO level__retort_old;
CREATE TYPE public.level AS ENUM ('high', 'low');
-- hazards: data loss
DROP TYPE public.level__retort_old;

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.top()
 RETURNS public.level
 LANGUAGE sql
AS $function$ SELECT 'high'::level $function$;
