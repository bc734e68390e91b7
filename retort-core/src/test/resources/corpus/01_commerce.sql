-- The seed story's commerce model: customers, orders, products, tags and their links, and a view over them.
CREATE TABLE customers (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    name text NOT NULL,
    price numeric(10, 2) NOT NULL CHECK (price >= 0)
);
CREATE TABLE tags (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE order_products (
    order_id integer NOT NULL REFERENCES orders (id),
    product_id integer NOT NULL REFERENCES products (id),
    quantity integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE product_tags (
    product_id integer NOT NULL REFERENCES products (id),
    tag_id integer NOT NULL REFERENCES tags (id),
    PRIMARY KEY (product_id, tag_id)
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE VIEW order_line_items AS
    SELECT o.id AS order_id, c.name AS customer, p.name AS product, op.quantity, p.price * op.quantity AS total
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    JOIN order_products op ON op.order_id = o.id
    JOIN products p ON p.id = op.product_id;
COMMENT ON VIEW order_line_items IS 'One row per product in an order';
