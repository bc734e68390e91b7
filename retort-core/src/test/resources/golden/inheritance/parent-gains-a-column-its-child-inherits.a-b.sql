-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.parent ADD COLUMN note text DEFAULT 'n'::text;
