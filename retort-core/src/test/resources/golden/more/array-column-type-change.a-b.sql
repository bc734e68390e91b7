-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN tags TYPE text[] USING tags::text[];
