-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders RENAME COLUMN customer TO client;
