-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.pt_v;
