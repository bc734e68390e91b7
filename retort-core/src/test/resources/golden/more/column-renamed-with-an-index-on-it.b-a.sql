-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_name;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN new_name;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN old_name text;

-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY t_name ON public.t USING btree (old_name);
