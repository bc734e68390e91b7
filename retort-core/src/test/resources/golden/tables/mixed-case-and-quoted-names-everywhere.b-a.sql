DROP VIEW "Sales Dept"."Übersicht";

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" DROP COLUMN "größe ""x""";
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
-- note: "Sales Dept"."Order": 8 kB on disk, no row estimate (never analyzed)
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "select" TYPE integer USING "select"::integer;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "Mixed Case" DROP NOT NULL;
COMMENT ON COLUMN "Sales Dept"."Order"."Mixed Case" IS NULL;
