DROP VIEW public.order_line_items;
