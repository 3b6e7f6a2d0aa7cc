ALTER TABLE "questions" ADD COLUMN "title_vector" "tsvector";--> statement-breakpoint
-- The title's own vector, set with the weighted one by the same BEFORE trigger.
CREATE OR REPLACE FUNCTION questions_search_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := question_search_vector(NEW.id, NEW.title, NEW.body);
  NEW.title_vector := to_tsvector(askwell_search_config(), coalesce(NEW.title, ''));
  RETURN NEW;
END $$;
--> statement-breakpoint
UPDATE questions SET title_vector = to_tsvector(askwell_search_config(), coalesce(title, ''));--> statement-breakpoint
CREATE INDEX "questions_title_search_idx" ON "questions" USING gin ("title_vector");
