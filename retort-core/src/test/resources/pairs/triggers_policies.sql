=== trigger and its function removed together
--- both
CREATE TABLE t (id int, at timestamptz);
--- a
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();

=== trigger redefined
--- both
CREATE TABLE t (id int, at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
--- a
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
--- b
CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION touch();

=== trigger disabled and commented
--- both
CREATE TABLE t (id int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
--- b
ALTER TABLE t DISABLE TRIGGER t_touch;
COMMENT ON TRIGGER t_touch ON t IS 'off';

=== trigger function body changes under its trigger
--- both
CREATE TABLE t (id int);
--- a
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
--- b
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();

=== constraint trigger
--- both
CREATE TABLE t (id int);
CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
--- b
CREATE CONSTRAINT TRIGGER t_chk AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk();

=== trigger on a mixed-case table
--- both
CREATE TABLE "Audit Log" ("Id" int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
--- b
CREATE TRIGGER "Touch It" BEFORE INSERT ON "Audit Log" FOR EACH ROW EXECUTE FUNCTION touch();

=== event trigger
--- both
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
--- a
CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION on_ddl();
ALTER EVENT TRIGGER et DISABLE;
--- b
CREATE EVENT TRIGGER et ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION on_ddl();
ALTER EVENT TRIGGER et DISABLE;

=== policy created
--- both
CREATE TABLE doc (id int, owner_name text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
--- b
CREATE POLICY own ON doc FOR SELECT TO retort_reader USING (owner_name = current_user);

=== policy altered in place
--- both
CREATE TABLE doc (id int, owner_name text);
--- a
CREATE POLICY own ON doc USING (owner_name = current_user);
--- b
CREATE POLICY own ON doc TO retort_reader, "Mixed Role" USING (owner_name = session_user) WITH CHECK (id > 0);

=== policy becomes restrictive
--- both
CREATE TABLE doc (id int);
--- a
CREATE POLICY p ON doc USING (id > 0);
--- b
CREATE POLICY p ON doc AS RESTRICTIVE FOR DELETE USING (id > 0);

=== policy using a function whose return type changes
--- both
CREATE TABLE doc (id int);
--- a
CREATE FUNCTION ok(i int) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT i > 0';
CREATE POLICY p ON doc USING (ok(id));
--- b
CREATE FUNCTION ok(i int) RETURNS int LANGUAGE sql STABLE AS 'SELECT i';
CREATE POLICY p ON doc USING (ok(id) > 0);
