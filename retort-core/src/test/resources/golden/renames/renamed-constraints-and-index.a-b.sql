-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders RENAME CONSTRAINT orders_total_positive TO orders_total_check;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders RENAME CONSTRAINT orders_code_unique TO orders_code_key;

-- hazards: ACCESS EXCLUSIVE lock
ALTER INDEX public.orders_by_total RENAME TO orders_total_idx;
