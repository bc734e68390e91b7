-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_n_check;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;

DROP FUNCTION public.lim();

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.lim()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT 10::bigint$function$;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT public.lim();

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT t_n_check CHECK ((n <= public.lim())) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.t VALIDATE CONSTRAINT t_n_check;
