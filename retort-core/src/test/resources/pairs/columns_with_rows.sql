=== not null columns with defaults added to a table with rows
--- both
CREATE TABLE t (id int PRIMARY KEY);
--- b
ALTER TABLE t ADD COLUMN name text NOT NULL DEFAULT 'x';
ALTER TABLE t ADD COLUMN created timestamptz NOT NULL DEFAULT now();
ALTER TABLE t ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE t ADD COLUMN n int DEFAULT 3;

=== serial and bigserial columns added to a table with rows
--- both
CREATE TABLE t (name text NOT NULL);
--- b
ALTER TABLE t ADD COLUMN id serial;
ALTER TABLE t ADD COLUMN big bigserial;

=== not null column whose default calls a new function
--- both
CREATE TABLE t (id int PRIMARY KEY);
--- b
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'c' $$;
ALTER TABLE t ADD COLUMN code text NOT NULL DEFAULT next_code();

=== not null column with a default on a new sequence shared with another table
--- both
CREATE TABLE t (id int PRIMARY KEY);
--- b
CREATE SEQUENCE shared;
ALTER TABLE t ADD COLUMN n bigint NOT NULL DEFAULT nextval('shared');
CREATE TABLE u (n bigint NOT NULL DEFAULT nextval('shared'));
