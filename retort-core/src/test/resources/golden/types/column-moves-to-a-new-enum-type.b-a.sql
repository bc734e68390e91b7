-- hazards: table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN status TYPE text USING status::text::text;

-- hazards: data loss
DROP TYPE public.status;
