-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.clients RENAME COLUMN name TO full_name;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.clients RENAME CONSTRAINT clients_pkey TO customers_pkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.clients RENAME TO customers;
