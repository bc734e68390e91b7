CREATE OR REPLACE PROCEDURE public.p(INOUT n integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN n := n + 2; END $procedure$;

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE PROCEDURE public.q(IN a integer, IN b text DEFAULT 'x'::text)
 LANGUAGE sql
AS $procedure$SELECT 1$procedure$;
