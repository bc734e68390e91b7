-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN name text DEFAULT 'x'::text NOT NULL;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN created timestamp with time zone DEFAULT now() NOT NULL;
-- hazards: table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN n integer DEFAULT 3;
