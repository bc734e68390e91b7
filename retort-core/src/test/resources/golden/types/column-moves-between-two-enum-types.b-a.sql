-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN s TYPE public.old_status USING s::text::public.old_status;
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN hist TYPE public.old_status[] USING hist::text[]::public.old_status[];

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'new'::public.old_status;
