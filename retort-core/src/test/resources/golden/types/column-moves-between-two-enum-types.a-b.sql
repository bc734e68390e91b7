-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN s TYPE public.new_status USING s::text::public.new_status;
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN hist TYPE public.new_status[] USING hist::text[]::public.new_status[];

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'new'::public.new_status;
