-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN c2;
REVOKE REFERENCES (c1) ON TABLE public.t FROM retort_reader;

REVOKE SELECT (c1), UPDATE (c1) ON TABLE public.v FROM retort_reader;
