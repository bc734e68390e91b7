-- Create the commerce model: customers, orders, products, tags and their links
--
-- Revision ID: 6e58a26e5c70
-- Revises:
-- Create Date: 2026-11-25 02:56:57.033595

-- migrate:upgrade
CREATE TABLE public.customers (
    customer_id integer NOT NULL,
    customer_name text NOT NULL,
    email text NOT NULL
);

CREATE SEQUENCE public.customers_customer_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE OWNED BY public.customers.customer_id;

CREATE TABLE public.order_products (
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    product_count integer NOT NULL
);

CREATE TABLE public.orders (
    order_id integer NOT NULL,
    customer_id integer NOT NULL,
    order_date timestamp with time zone NOT NULL
);

CREATE SEQUENCE public.orders_order_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE OWNED BY public.orders.order_id;

CREATE TABLE public.product_tags (
    product_id integer NOT NULL,
    tag_id integer NOT NULL
);

CREATE TABLE public.products (
    product_id integer NOT NULL,
    product_name text NOT NULL,
    description text,
    price numeric(10,2) NOT NULL
);

CREATE SEQUENCE public.products_product_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE OWNED BY public.products.product_id;

CREATE TABLE public.tags (
    tag_id integer NOT NULL,
    tag_name text NOT NULL
);

CREATE SEQUENCE public.tags_tag_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE OWNED BY public.tags.tag_id;

ALTER TABLE public.customers ALTER COLUMN customer_id SET DEFAULT nextval('public.customers_customer_id_seq'::regclass);

ALTER TABLE public.order_products ALTER COLUMN product_count SET DEFAULT 1;

ALTER TABLE public.orders ALTER COLUMN order_date SET DEFAULT now();

ALTER TABLE public.orders ALTER COLUMN order_id SET DEFAULT nextval('public.orders_order_id_seq'::regclass);

ALTER TABLE public.products ALTER COLUMN product_id SET DEFAULT nextval('public.products_product_id_seq'::regclass);

ALTER TABLE public.tags ALTER COLUMN tag_id SET DEFAULT nextval('public.tags_tag_id_seq'::regclass);

ALTER TABLE public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);

ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (customer_id);

ALTER TABLE public.order_products ADD CONSTRAINT order_products_pkey PRIMARY KEY (order_id, product_id);

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(customer_id);

ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (order_id);

ALTER TABLE public.order_products ADD CONSTRAINT order_products_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(order_id);

ALTER TABLE public.product_tags ADD CONSTRAINT product_tags_pkey PRIMARY KEY (product_id, tag_id);

ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (product_id);

ALTER TABLE public.order_products ADD CONSTRAINT order_products_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(product_id);

ALTER TABLE public.product_tags ADD CONSTRAINT product_tags_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(product_id);

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK ((price >= (0)::numeric));

ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (tag_id);

ALTER TABLE public.product_tags ADD CONSTRAINT product_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES public.tags(tag_id);

ALTER TABLE public.tags ADD CONSTRAINT tags_tag_name_key UNIQUE (tag_name);

-- migrate:downgrade
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.product_tags DROP CONSTRAINT product_tags_tag_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.product_tags DROP CONSTRAINT product_tags_product_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.order_products DROP CONSTRAINT order_products_product_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.order_products DROP CONSTRAINT order_products_order_id_fkey;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.tags;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.products;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.product_tags;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.orders;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.order_products;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.customers;
