-- Created a view called order_line_items: the products of each order with their total price
--
-- Revision ID: 9f3c2a1b7d4e
-- Revises: 6e58a26e5c70
-- Create Date: 2026-11-25 03:10:00

-- migrate:upgrade
CREATE VIEW public.order_line_items AS
SELECT op.order_id,
       op.product_id,
       op.product_count,
       p.product_name,
       p.description,
       p.price AS unit_price,
       op.product_count * p.price AS order_price
FROM public.order_products op
JOIN public.products p ON op.product_id = p.product_id;

-- migrate:downgrade
DROP VIEW public.order_line_items;
