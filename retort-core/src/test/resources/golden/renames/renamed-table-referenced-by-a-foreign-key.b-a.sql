-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.clients RENAME TO customers;
