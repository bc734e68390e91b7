-- Create the shop: customers, their orders, and the order_totals view
--
-- Revision ID: 3f2a9c1b7d40
-- Revises:
-- Create Date: 2026-12-02 01:20:00

-- migrate:upgrade
CREATE TABLE public.customers (
    customer_id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.orders (
    order_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers,
    total numeric(10,2) NOT NULL
);

CREATE VIEW public.order_totals AS
    SELECT o.customer_id, count(*) AS orders, sum(o.total) AS total FROM public.orders o GROUP BY o.customer_id;

-- migrate:downgrade
DROP VIEW public.order_totals;
DROP TABLE public.orders;
DROP TABLE public.customers;
