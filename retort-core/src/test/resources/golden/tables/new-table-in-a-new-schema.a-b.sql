CREATE SCHEMA app;

CREATE TABLE app.t (
    id integer NOT NULL,
    name text
);

CREATE SEQUENCE app.t_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE OWNED BY app.t.id;

ALTER TABLE app.t ALTER COLUMN id SET DEFAULT nextval('app.t_id_seq'::regclass);

ALTER TABLE app.t ADD CONSTRAINT t_name_key UNIQUE (name);

ALTER TABLE app.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
