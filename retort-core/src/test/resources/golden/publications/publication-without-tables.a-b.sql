CREATE PUBLICATION empty
    WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
