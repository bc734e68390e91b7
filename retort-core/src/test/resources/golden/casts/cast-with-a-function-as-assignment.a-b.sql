SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.mood_rank(public.mood)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE $1 WHEN 'sad' THEN 0 ELSE 1 END $function$;

CREATE CAST (public.mood AS integer) WITH FUNCTION public.mood_rank(public.mood) AS ASSIGNMENT;
COMMENT ON CAST (public.mood AS integer) IS 'rank';
