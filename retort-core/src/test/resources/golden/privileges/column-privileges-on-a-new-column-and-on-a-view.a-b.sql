GRANT REFERENCES (c1) ON TABLE public.t TO retort_reader;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN c2 integer;
GRANT INSERT (c2), SELECT (c2) ON TABLE public.t TO retort_reader;

GRANT SELECT (c1), UPDATE (c1) ON TABLE public.v TO retort_reader;
