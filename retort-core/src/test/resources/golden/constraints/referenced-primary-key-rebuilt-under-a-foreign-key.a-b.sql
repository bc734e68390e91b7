-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.p DROP CONSTRAINT p_pkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.p ADD COLUMN code integer;

-- hazards: index build
-- migrate:autocommit
CREATE UNIQUE INDEX CONCURRENTLY p_pkey ON public.p USING btree (id) INCLUDE (code);
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY USING INDEX p_pkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p(id) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.c VALIDATE CONSTRAINT c_p_id_fkey;
