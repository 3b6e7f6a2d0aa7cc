ALTER TABLE "users" ALTER COLUMN "points" SET DEFAULT 100;--> statement-breakpoint
UPDATE "users" SET "points" = 100 WHERE "points" = 0;
