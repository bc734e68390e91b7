-- Create the tenant's accounts (unqualified: in the tenant's schema)
--
-- Revision ID: d4e5f6a7b8c9
-- Revises:
-- Create Date: 2026-12-01 10:15:00

-- migrate:upgrade
CREATE TABLE accounts (
    account_id integer PRIMARY KEY,
    account_name text NOT NULL
);

-- migrate:downgrade
DROP TABLE accounts;
