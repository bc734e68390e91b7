CREATE OR REPLACE FUNCTION public.n()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.t;
END;
