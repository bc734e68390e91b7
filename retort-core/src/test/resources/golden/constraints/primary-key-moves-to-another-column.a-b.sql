-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- hazards: ACCESS EXCLUSIVE lock, index build
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (b);
