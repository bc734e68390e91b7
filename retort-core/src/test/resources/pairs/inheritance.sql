=== child of two parents
--- both
CREATE TABLE created (at timestamptz DEFAULT now());
CREATE TABLE named (name text NOT NULL);
--- b
CREATE TABLE thing (id int) INHERITS (created, named);

=== parent check constraint not inherited
--- both
CREATE TABLE parent (id int);
CREATE TABLE child (extra text) INHERITS (parent);
--- b
ALTER TABLE parent ADD CONSTRAINT parent_only CHECK (id > 0) NO INHERIT;

=== parent constraint inherited by its child
--- both
CREATE TABLE parent (id int);
CREATE TABLE child (extra text) INHERITS (parent);
--- b
ALTER TABLE parent ADD CONSTRAINT positive CHECK (id > 0);

=== parent and children dropped together
--- a
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child_a (a int) INHERITS (parent);
CREATE TABLE child_b (b int) INHERITS (parent);

=== parent gains a column its child inherits
--- both
CREATE TABLE parent (id int);
CREATE TABLE child (extra text) INHERITS (parent);
--- b
ALTER TABLE parent ADD COLUMN note text DEFAULT 'n';
