-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN name text DEFAULT 'x'::text NOT NULL;
