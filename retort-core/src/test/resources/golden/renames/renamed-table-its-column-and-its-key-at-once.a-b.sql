-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.customers RENAME TO clients;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.clients RENAME COLUMN full_name TO name;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.clients RENAME CONSTRAINT customers_pkey TO clients_pkey;
