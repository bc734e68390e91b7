DROP PUBLICATION pub;

CREATE PUBLICATION pub FOR TABLE public.t
    WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
