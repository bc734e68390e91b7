DROP FOREIGN TABLE public.remote;

DROP SERVER warehouse;

DROP FOREIGN DATA WRAPPER plain_fdw;
