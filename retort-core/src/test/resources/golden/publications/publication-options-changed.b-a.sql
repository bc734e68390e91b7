ALTER PUBLICATION pub SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
