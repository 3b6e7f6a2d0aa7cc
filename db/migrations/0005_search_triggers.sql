-- Full-text search (#5): one tsvector per question, kept current by triggers on every write that
-- changes what it is built from. Weights: title A > tags B > question body C > answers D.
-- The text-search configuration is a site setting (`searchConfig`, default english).
CREATE OR REPLACE FUNCTION askwell_search_config() RETURNS regconfig LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT (value #>> '{}')::regconfig FROM settings WHERE key = 'searchConfig'), 'english'::regconfig)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION question_search_vector(qid integer, qtitle text, qbody text) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector(c.cfg, coalesce(qtitle, '')), 'A')
      || setweight(to_tsvector(c.cfg, coalesce((SELECT string_agg(t.name, ' ') FROM question_tags qt JOIN tags t ON t.id = qt.tag_id WHERE qt.question_id = qid), '')), 'B')
      || setweight(to_tsvector(c.cfg, coalesce(qbody, '')), 'C')
      || setweight(to_tsvector(c.cfg, coalesce((SELECT string_agg(a.body, ' ') FROM answers a WHERE a.question_id = qid AND a.status = 'visible'), '')), 'D')
  FROM (SELECT askwell_search_config() AS cfg) c
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION questions_search_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := question_search_vector(NEW.id, NEW.title, NEW.body);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER questions_search_own BEFORE INSERT OR UPDATE OF title, body ON questions
  FOR EACH ROW EXECUTE FUNCTION questions_search_own();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION questions_search_related() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE questions q SET search_vector = question_search_vector(q.id, q.title, q.body)
  WHERE q.id IN (SELECT question_id FROM changed);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER answers_search_insert AFTER INSERT ON answers REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION questions_search_related();
--> statement-breakpoint
-- Row-level with a column list: votes update answers' scores all the time and must not rebuild it.
CREATE OR REPLACE FUNCTION questions_search_answer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE questions q SET search_vector = question_search_vector(q.id, q.title, q.body) WHERE q.id = NEW.question_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER answers_search_update AFTER UPDATE OF body, status ON answers
  FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION questions_search_answer_changed();
--> statement-breakpoint
CREATE TRIGGER answers_search_delete AFTER DELETE ON answers REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION questions_search_related();
--> statement-breakpoint
CREATE TRIGGER question_tags_search_insert AFTER INSERT ON question_tags REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION questions_search_related();
--> statement-breakpoint
CREATE TRIGGER question_tags_search_delete AFTER DELETE ON question_tags REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION questions_search_related();
--> statement-breakpoint
UPDATE questions SET search_vector = question_search_vector(id, title, body);
