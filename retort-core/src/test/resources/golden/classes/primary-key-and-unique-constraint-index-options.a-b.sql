-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_code_key;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.r DROP CONSTRAINT r_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- hazards: ACCESS EXCLUSIVE lock, index build
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE (code) WITH (fillfactor=80) DEFERRABLE INITIALLY DEFERRED;

-- hazards: ACCESS EXCLUSIVE lock, index build
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor=70);
-- hazards: ACCESS EXCLUSIVE lock, index build
COMMENT ON INDEX public.t_pkey IS 'the key';

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.r ADD CONSTRAINT r_id_fkey FOREIGN KEY (id) REFERENCES public.t(id) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.r VALIDATE CONSTRAINT r_id_fkey;
