-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_code_key ON public.t USING btree (code);
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_key;
