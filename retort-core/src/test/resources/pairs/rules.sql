=== rule created on a table
--- both
CREATE TABLE t (id int, note text);
CREATE TABLE t_log (id int, at timestamptz DEFAULT now());
--- b
CREATE RULE t_log_insert AS ON INSERT TO t DO ALSO INSERT INTO t_log (id) VALUES (NEW.id);
COMMENT ON RULE t_log_insert ON t IS 'audit';

=== rule redefined in place
--- both
CREATE TABLE t (id int, note text);
--- a
CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
--- b
CREATE RULE t_no_delete AS ON DELETE TO t WHERE OLD.id > 0 DO INSTEAD NOTHING;

=== rule disabled
--- both
CREATE TABLE t (id int);
CREATE RULE t_no_update AS ON UPDATE TO t DO INSTEAD NOTHING;
--- b
ALTER TABLE t DISABLE RULE t_no_update;

=== rule on a view
--- both
CREATE TABLE t (id int, note text);
CREATE VIEW v AS SELECT id, note FROM t;
--- b
CREATE RULE v_insert AS ON INSERT TO v DO INSTEAD INSERT INTO t VALUES (NEW.id, NEW.note);

=== rule on a view that is rebuilt
--- both
CREATE TABLE t (id int, note text, extra int);
--- a
CREATE VIEW v AS SELECT id, note FROM t;
CREATE RULE v_insert AS ON INSERT TO v DO INSTEAD INSERT INTO t (id, note) VALUES (NEW.id, NEW.note);
--- b
CREATE VIEW v AS SELECT note, id FROM t;
CREATE RULE v_insert AS ON INSERT TO v DO INSTEAD INSERT INTO t (id, note) VALUES (NEW.id, NEW.note);

=== rule dropped with its table
--- a
CREATE TABLE t (id int);
CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING;

=== rule writing to a table created with it
--- both
CREATE TABLE t (id int);
--- b
CREATE TABLE t_archive (id int);
CREATE RULE t_archive_delete AS ON DELETE TO t DO ALSO INSERT INTO t_archive VALUES (OLD.id);

=== rule on a column being retyped
--- both
CREATE TABLE t_log (id bigint);
--- a
CREATE TABLE t (id int);
CREATE RULE t_log_insert AS ON INSERT TO t DO ALSO INSERT INTO t_log VALUES (NEW.id);
--- b
CREATE TABLE t (id bigint);
CREATE RULE t_log_insert AS ON INSERT TO t DO ALSO INSERT INTO t_log VALUES (NEW.id);
