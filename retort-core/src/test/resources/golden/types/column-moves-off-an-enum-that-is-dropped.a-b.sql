-- hazards: table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN status TYPE text USING status::text::text;

-- hazards: data loss
DROP TYPE public.status;
