-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN b;
-- hazards: table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS ((a * 2)) STORED;
