-- migrate:autocommit
DROP INDEX CONCURRENTLY public.t_id_desc;

DROP OPERATOR CLASS public.int4_reverse USING btree;

DROP OPERATOR FAMILY public.int4_reverse USING btree;
