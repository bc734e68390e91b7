-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.customers RENAME TO clients;
