-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders RENAME CONSTRAINT orders_total_check TO orders_total_positive;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders RENAME CONSTRAINT orders_code_key TO orders_code_unique;

-- hazards: ACCESS EXCLUSIVE lock
ALTER INDEX public.orders_total_idx RENAME TO orders_by_total;
