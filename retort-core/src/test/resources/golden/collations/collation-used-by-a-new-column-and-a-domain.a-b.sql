-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN email text COLLATE public.case_insensitive;

CREATE DOMAIN public.ci_text AS text COLLATE public.case_insensitive;
