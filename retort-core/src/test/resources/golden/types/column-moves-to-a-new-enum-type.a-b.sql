CREATE TYPE public.status AS ENUM ('new', 'done');

-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN status TYPE public.status USING status::text::public.status;
