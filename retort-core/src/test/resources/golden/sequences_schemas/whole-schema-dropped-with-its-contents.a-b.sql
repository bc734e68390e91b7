DROP VIEW gone.v;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE gone.u DROP CONSTRAINT u_t_id_fkey;

DROP FUNCTION gone.f();

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE gone.u;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE gone.t;

DROP SCHEMA gone;
