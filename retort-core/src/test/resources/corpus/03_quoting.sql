-- Names that need quoting: mixed case, spaces, quotes, reserved words, non-ASCII.
CREATE SCHEMA "Sales Dept";
CREATE TABLE "Sales Dept"."Order" (
    "select" integer PRIMARY KEY,
    "Mixed Case" text,
    "with ""quotes""" text,
    "größe" numeric,
    "user" text DEFAULT CURRENT_USER
);
CREATE TABLE "Sales Dept"."Line Item" (
    id integer PRIMARY KEY,
    "order" integer REFERENCES "Sales Dept"."Order" ("select")
);
CREATE VIEW "Sales Dept"."Übersicht" AS SELECT "select", "größe" FROM "Sales Dept"."Order";
CREATE FUNCTION "Sales Dept"."Total"("Amount" numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT "Amount" * 2 $$;
CREATE TYPE "Sales Dept"."Status" AS ENUM ('new', 'it''s done', 'Ä');
CREATE INDEX "Order Index" ON "Sales Dept"."Order" ("Mixed Case");
GRANT SELECT ON "Sales Dept"."Order" TO "Mixed Role";
COMMENT ON TABLE "Sales Dept"."Order" IS 'It''s an order';
