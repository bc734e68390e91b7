-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.p DROP CONSTRAINT p_pkey;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.p DROP COLUMN code;

-- hazards: ACCESS EXCLUSIVE lock, index build
ALTER TABLE public.p ADD CONSTRAINT p_pkey PRIMARY KEY (id);

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p(id);
