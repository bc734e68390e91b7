-- Create the accounts table
--
-- Revision ID: 1a
-- Revises:
-- Create Date: 2026-12-01 10:00:00

-- migrate:upgrade
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- migrate:downgrade
DROP TABLE accounts;
