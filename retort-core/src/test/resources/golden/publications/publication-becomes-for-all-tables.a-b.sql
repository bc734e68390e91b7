DROP PUBLICATION pub;

CREATE PUBLICATION pub FOR ALL TABLES
    WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
