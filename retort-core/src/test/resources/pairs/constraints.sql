=== foreign key cycle
--- a
CREATE TABLE x (id int PRIMARY KEY, y_id int);
INSERT INTO x VALUES (1, NULL);
--- b
CREATE TABLE x (id int PRIMARY KEY, y_id int);
CREATE TABLE y (id int PRIMARY KEY, x_id int REFERENCES x (id));
ALTER TABLE x ADD CONSTRAINT x_y FOREIGN KEY (y_id) REFERENCES y (id);

=== foreign key actions change
--- both
CREATE TABLE p (id int PRIMARY KEY);
--- a
CREATE TABLE c (id int, p_id int CONSTRAINT c_p REFERENCES p ON DELETE CASCADE);
--- b
CREATE TABLE c (id int, p_id int CONSTRAINT c_p REFERENCES p ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED);

=== check constraint changes
--- a
CREATE TABLE t (n int CONSTRAINT n_ok CHECK (n > 0));
--- b
CREATE TABLE t (n int CONSTRAINT n_ok CHECK (n >= 0), CONSTRAINT n_small CHECK (n < 100));

=== not valid constraint validated
--- both
CREATE TABLE t (n int);
--- a
ALTER TABLE t ADD CONSTRAINT n_ok CHECK (n > 0) NOT VALID;
--- b
ALTER TABLE t ADD CONSTRAINT n_ok CHECK (n > 0);

=== primary key moves to another column
--- a
CREATE TABLE t (a int PRIMARY KEY, b int NOT NULL);
--- b
CREATE TABLE t (a int NOT NULL, b int PRIMARY KEY);

=== unique constraint replaced by an index of the same name
--- a
CREATE TABLE t (a int, CONSTRAINT t_a UNIQUE (a));
--- b
CREATE TABLE t (a int);
CREATE UNIQUE INDEX t_a ON t (a) WHERE a > 0;

=== exclusion constraint added
--- both
CREATE TABLE booking (room int, during tsrange);
--- b
ALTER TABLE booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);

=== constraint comment
--- both
CREATE TABLE t (a int CONSTRAINT a_pos CHECK (a > 0));
--- b
COMMENT ON CONSTRAINT a_pos ON t IS 'positive';

=== referenced primary key rebuilt under a foreign key
--- a
CREATE TABLE p (id int, CONSTRAINT p_pkey PRIMARY KEY (id));
CREATE TABLE c (p_id int REFERENCES p (id));
--- b
CREATE TABLE p (id int, code int, CONSTRAINT p_pkey PRIMARY KEY (id) INCLUDE (code));
CREATE TABLE c (p_id int REFERENCES p (id));

=== domain check and default
--- a
CREATE DOMAIN pos AS int CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE TABLE t (n pos);
--- b
CREATE DOMAIN pos AS int DEFAULT 1 NOT NULL CONSTRAINT pos_check CHECK (VALUE >= 1) CONSTRAINT small CHECK (VALUE < 10);
CREATE TABLE t (n pos);

=== domain base type change under a column
--- a
CREATE DOMAIN code AS varchar(5);
--- b
CREATE DOMAIN code AS text;
