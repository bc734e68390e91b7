CREATE PUBLICATION everything FOR ALL TABLES
    WITH (publish = 'insert', publish_via_partition_root = false);
