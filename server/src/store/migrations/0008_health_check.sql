-- The health check's answers, kept apart from who gave them (docs/spec.md HEALTH4): no member id and no time, a
-- random key, the round they answer, and a sector only when results are split by it. Who has answered is recorded
-- elsewhere (the hidden doc), in the same transaction; when a round closes its rows are rewritten in a random order.
CREATE TABLE health_check_responses (
  response_id      text PRIMARY KEY,
  workshop_id      text NOT NULL REFERENCES workshops (workshop_id),
  health_check_id  text NOT NULL,
  sector           text CHECK (sector IN ('local_authority', 'third_sector')),
  answers          jsonb NOT NULL,
  comment          text NOT NULL
);
CREATE INDEX health_check_responses_by_workshop ON health_check_responses (workshop_id);
