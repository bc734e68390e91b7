-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN flag DROP DEFAULT;

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN flag TYPE integer USING flag::integer;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN flag SET DEFAULT 0;
