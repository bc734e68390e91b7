-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN name TYPE text USING name::text;
