-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN tags TYPE character varying(10)[] USING tags::character varying(10)[];
