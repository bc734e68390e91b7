CREATE TYPE public.mood AS ENUM ('sad', 'happy');

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.mood_rank(public.mood)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 1 $function$;

CREATE CAST (public.mood AS integer) WITH FUNCTION public.mood_rank(public.mood);
