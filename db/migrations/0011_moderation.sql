CREATE INDEX "questions_pending_idx" ON "questions" USING btree ("id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "answers_pending_idx" ON "answers" USING btree ("id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "comments_pending_idx" ON "comments" USING btree ("id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "flags_open_idx" ON "flags" USING btree ("post_id") WHERE resolved_at is null;--> statement-breakpoint
CREATE INDEX "flags_user_idx" ON "flags" USING btree ("user_id");--> statement-breakpoint
-- The audit log is append-only: no edits, no deletes. The one change allowed is the actor
-- becoming null when that account is deleted (the foreign key's ON DELETE SET NULL).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL
     AND ROW(NEW.id, NEW.action, NEW.target_type, NEW.target_id, NEW.before, NEW.after, NEW.reason, NEW.created_at)
         IS NOT DISTINCT FROM ROW(OLD.id, OLD.action, OLD.target_type, OLD.target_id, OLD.before, OLD.after, OLD.reason, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
