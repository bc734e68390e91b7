-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN note text;
COMMENT ON COLUMN public.t.note IS 'a note';
GRANT SELECT (note) ON TABLE public.t TO retort_reader;
