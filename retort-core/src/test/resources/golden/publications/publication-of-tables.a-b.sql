CREATE PUBLICATION pub FOR TABLE public.t1, public.t2
    WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
COMMENT ON PUBLICATION pub IS 'to the warehouse';
