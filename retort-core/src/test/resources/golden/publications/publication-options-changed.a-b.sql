ALTER PUBLICATION pub SET (publish = 'insert, delete', publish_via_partition_root = true);
