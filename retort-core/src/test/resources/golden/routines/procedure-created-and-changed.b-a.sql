DROP PROCEDURE public.q(integer, text);

CREATE OR REPLACE PROCEDURE public.p(INOUT n integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN n := n + 1; END $procedure$;
