-- hazards: data loss
DROP DOMAIN public.ci_text;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN email;
