-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN name text DEFAULT 'x'::text NOT NULL;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN created timestamp with time zone DEFAULT now() NOT NULL;
-- hazards: table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN n integer DEFAULT 3;
