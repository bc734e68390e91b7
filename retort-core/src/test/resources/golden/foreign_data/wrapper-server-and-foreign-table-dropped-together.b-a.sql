CREATE FOREIGN DATA WRAPPER plain_fdw;

CREATE SERVER warehouse FOREIGN DATA WRAPPER plain_fdw;

CREATE FOREIGN TABLE public.remote (
    id integer
)
    SERVER warehouse;
