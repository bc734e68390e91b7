-- The products of each order with their total price.
CREATE VIEW order_line_items AS
SELECT op.order_id,
       op.product_id,
       op.product_count,
       p.product_name,
       p.description,
       p.price AS unit_price,
       op.product_count * p.price AS order_price
FROM order_products op
JOIN products p ON op.product_id = p.product_id;
