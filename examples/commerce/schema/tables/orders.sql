CREATE TABLE orders (
    order_id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    order_date timestamptz NOT NULL DEFAULT now()
);
