-- The hot list (#5): recomputed whenever a question's activity changes, from the time of that change.
CREATE OR REPLACE FUNCTION question_hot_score(score integer, answers integer, comments integer, views integer, at timestamptz) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
  -- Every term clamped at zero: a counter that is briefly off must never make a write fail.
  SELECT ln(1 + greatest(score, 0) + 2 * greatest(answers, 0) + 0.5 * greatest(comments, 0) + greatest(views, 0) / 100.0) + extract(epoch FROM at) / 129600.0
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION questions_hot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.hot_score := question_hot_score(NEW.score, NEW.answer_count, NEW.comment_count, NEW.view_count, now());
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER questions_hot BEFORE INSERT OR UPDATE OF score, answer_count, comment_count, view_count ON questions
  FOR EACH ROW EXECUTE FUNCTION questions_hot();
--> statement-breakpoint
UPDATE questions SET hot_score = question_hot_score(score, answer_count, comment_count, view_count, last_activity_at);
