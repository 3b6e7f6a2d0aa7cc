ALTER TABLE "questions" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
CREATE INDEX "questions_search_idx" ON "questions" USING gin ("search_vector");