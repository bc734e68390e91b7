-- hazards: table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "select" TYPE bigint USING "select"::bigint;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "Mixed Case" SET NOT NULL;
COMMENT ON COLUMN "Sales Dept"."Order"."Mixed Case" IS 'it''s mixed';
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ADD COLUMN "größe ""x""" numeric;

CREATE VIEW "Sales Dept"."Übersicht" AS
SELECT "Order"."select",
    "Order"."größe ""x"""
   FROM "Sales Dept"."Order";
