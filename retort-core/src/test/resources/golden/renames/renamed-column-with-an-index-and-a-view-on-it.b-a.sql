-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders RENAME COLUMN client TO customer;
