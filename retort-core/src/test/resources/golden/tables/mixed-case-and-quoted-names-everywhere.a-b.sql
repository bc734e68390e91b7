-- hazards: table rewrite, ACCESS EXCLUSIVE lock
-- note: "Sales Dept"."Order": 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "select" TYPE bigint USING "select"::bigint;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ADD CONSTRAINT "retort_not_null_Mixed Case" CHECK ("Mixed Case" IS NOT NULL) NOT VALID;
COMMENT ON COLUMN "Sales Dept"."Order"."Mixed Case" IS 'it''s mixed';
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ADD COLUMN "größe ""x""" numeric;

CREATE VIEW "Sales Dept"."Übersicht" AS
SELECT "Order"."select",
    "Order"."größe ""x"""
   FROM "Sales Dept"."Order";

-- migrate:autocommit
ALTER TABLE "Sales Dept"."Order" VALIDATE CONSTRAINT "retort_not_null_Mixed Case";
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "Mixed Case" SET NOT NULL;
ALTER TABLE "Sales Dept"."Order" DROP CONSTRAINT "retort_not_null_Mixed Case";
