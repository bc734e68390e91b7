-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.r DROP CONSTRAINT r_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_code_key__retort_new ON public.t USING btree (code);
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_code_key;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_key__retort_new;

-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t USING btree (id);
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.r ADD CONSTRAINT r_id_fkey FOREIGN KEY (id) REFERENCES public.t(id) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.r VALIDATE CONSTRAINT r_id_fkey;
