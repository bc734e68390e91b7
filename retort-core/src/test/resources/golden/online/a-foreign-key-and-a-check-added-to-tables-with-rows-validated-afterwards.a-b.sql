-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c ADD CONSTRAINT c_n CHECK ((n > 0)) NOT VALID;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES public.p(id) NOT VALID;

-- migrate:autocommit
ALTER TABLE public.c VALIDATE CONSTRAINT c_n;

-- migrate:autocommit
ALTER TABLE public.c VALIDATE CONSTRAINT c_p;
