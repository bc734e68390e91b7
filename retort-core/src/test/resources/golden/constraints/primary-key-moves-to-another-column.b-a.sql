-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_pkey__retort_new ON public.t USING btree (a);
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey__retort_new;
