CREATE TABLE products (
    product_id serial PRIMARY KEY,
    product_name text NOT NULL,
    description text,
    price numeric(10, 2) NOT NULL CHECK (price >= 0)
);
