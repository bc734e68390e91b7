DROP VIEW public.remote_ids;

DROP FOREIGN TABLE public.remote;

CREATE FOREIGN TABLE public.remote (
    id bigint,
    note text
)
    SERVER warehouse;

CREATE VIEW public.remote_ids AS
SELECT remote.id
   FROM public.remote;
