CREATE FOREIGN TABLE public.remote_orders (
    id integer OPTIONS (column_name 'order_id') NOT NULL,
    note text COLLATE "C" DEFAULT 'none'::text,
    at timestamp with time zone
)
    SERVER warehouse OPTIONS (schema_name 'sales', table_name 'orders');
COMMENT ON FOREIGN TABLE public.remote_orders IS 'over there';
GRANT SELECT ON TABLE public.remote_orders TO retort_reader;
