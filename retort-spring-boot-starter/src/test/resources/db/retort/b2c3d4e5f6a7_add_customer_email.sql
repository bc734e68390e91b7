-- Add the customers' email
--
-- Revision ID: b2c3d4e5f6a7
-- Revises: a1b2c3d4e5f6
-- Create Date: 2026-12-01 10:05:00

-- migrate:upgrade
-- Long enough that two instances starting together overlap on the advisory lock.
SELECT pg_sleep(0.5);

ALTER TABLE public.customers ADD COLUMN email text;

-- migrate:downgrade
ALTER TABLE public.customers DROP COLUMN email;
