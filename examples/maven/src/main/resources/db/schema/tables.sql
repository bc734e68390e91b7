CREATE TABLE public.customers (
    customer_id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.orders (
    order_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers,
    total numeric(10,2) NOT NULL
);
