CREATE TABLE customers (
    customer_id serial PRIMARY KEY,
    customer_name text NOT NULL,
    email text NOT NULL UNIQUE
);
