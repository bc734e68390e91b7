-- Which products an order holds, and how many of each.
CREATE TABLE order_products (
    order_id integer NOT NULL REFERENCES orders (order_id),
    product_id integer NOT NULL REFERENCES products (product_id),
    product_count integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, product_id)
);
