CREATE SCHEMA gone;

CREATE TABLE gone.t (
    id integer NOT NULL
);

CREATE TABLE gone.u (
    t_id integer
);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION gone.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 1$function$;

ALTER TABLE gone.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

ALTER TABLE gone.u ADD CONSTRAINT u_t_id_fkey FOREIGN KEY (t_id) REFERENCES gone.t(id);

CREATE VIEW gone.v AS
SELECT t.id
   FROM gone.t;
