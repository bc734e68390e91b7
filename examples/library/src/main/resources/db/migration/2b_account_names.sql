-- Accounts get a display name
--
-- Revision ID: 2b
-- Revises: 1a
-- Create Date: 2026-12-01 10:05:00

-- migrate:upgrade
ALTER TABLE accounts ADD COLUMN display_name text;
CREATE VIEW account_names AS SELECT id, coalesce(display_name, email) AS name FROM accounts;

-- migrate:downgrade
DROP VIEW account_names;
ALTER TABLE accounts DROP COLUMN display_name;
