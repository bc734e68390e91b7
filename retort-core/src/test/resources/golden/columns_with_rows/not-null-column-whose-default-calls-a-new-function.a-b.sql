-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN code text;

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'c' $function$;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN code SET DEFAULT public.next_code();
-- hazards: ACCESS EXCLUSIVE lock
UPDATE public.t SET code = DEFAULT;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN code SET NOT NULL;
