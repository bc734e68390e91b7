-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN tags TYPE text[] USING tags::text[];
