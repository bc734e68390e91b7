-- hazards: ACCESS EXCLUSIVE lock, index build
ALTER TABLE public.booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);
