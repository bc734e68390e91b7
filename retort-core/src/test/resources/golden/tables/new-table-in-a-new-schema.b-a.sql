-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE app.t;

DROP SCHEMA app;
