-- Reference a table that does not exist
--
-- Revision ID: c3d4e5f6a7b8
-- Revises: a1b2c3d4e5f6
-- Create Date: 2026-12-01 10:10:00

-- migrate:upgrade
ALTER TABLE public.customers ADD COLUMN email text;

ALTER TABLE public.customers ADD COLUMN region_id integer REFERENCES public.regions (region_id);

-- migrate:downgrade
ALTER TABLE public.customers DROP COLUMN region_id;
