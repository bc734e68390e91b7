CREATE VIEW public.order_line_items AS
SELECT o.id AS order_id,
    c.name AS customer,
    p.name AS product,
    op.quantity,
    (p.price * (op.quantity)::numeric) AS total
   FROM (((public.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
     JOIN public.order_products op ON ((op.order_id = o.id)))
     JOIN public.products p ON ((p.id = op.product_id)));
