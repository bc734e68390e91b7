DROP VIEW public.v;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT;

ALTER TYPE public.mood RENAME TO mood__retort_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN ms TYPE public.mood[] USING ms::text[]::public.mood[];
-- hazards: data loss
DROP TYPE public.mood__retort_old;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'happy'::public.mood;

CREATE VIEW public.v AS
SELECT t.m
   FROM public.t;
