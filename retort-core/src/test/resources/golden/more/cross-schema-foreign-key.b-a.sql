-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE b.child DROP CONSTRAINT child_parent_id_fkey;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE b.child;
