CREATE OPERATOR FAMILY public.int4_reverse USING btree;

CREATE OPERATOR CLASS public.int4_reverse FOR TYPE integer USING btree FAMILY public.int4_reverse AS
    OPERATOR 1 >(integer,integer),
    OPERATOR 2 >=(integer,integer),
    OPERATOR 3 =(integer,integer),
    OPERATOR 4 <=(integer,integer),
    OPERATOR 5 <(integer,integer),
    FUNCTION 1 (integer, integer) public.rev_cmp(integer,integer);
COMMENT ON OPERATOR CLASS public.int4_reverse USING btree IS 'descending';

-- hazards: index build
-- migrate:autocommit
CREATE INDEX CONCURRENTLY t_id_desc ON public.t USING btree (id public.int4_reverse);
