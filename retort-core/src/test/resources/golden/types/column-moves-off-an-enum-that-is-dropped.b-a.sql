CREATE TYPE public.status AS ENUM ('new', 'done');

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: public.t: 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE public.t ALTER COLUMN status TYPE public.status USING status::text::public.status;
