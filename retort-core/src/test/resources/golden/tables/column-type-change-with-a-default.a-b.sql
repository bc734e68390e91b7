-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN flag DROP DEFAULT;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN flag TYPE boolean USING flag::boolean;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN flag SET DEFAULT false;
