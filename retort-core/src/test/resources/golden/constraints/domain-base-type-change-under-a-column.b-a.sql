-- hazards: data loss
DROP DOMAIN public.code;

CREATE DOMAIN public.code AS character varying(5);
