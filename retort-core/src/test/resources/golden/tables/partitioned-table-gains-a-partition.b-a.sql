-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.ev_at;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.ev_2025;
