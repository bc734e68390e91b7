CREATE TABLE b.child (
    parent_id integer
);

ALTER TABLE b.child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES a.parent(id);
