-- The feedback survey's answers, kept apart from who gave them (docs/spec.md SURV4): no member id and no time, a
-- random key, and a sector only when results are split by it. Who has answered is recorded elsewhere (the hidden
-- doc), in the same transaction; when the survey closes its rows are rewritten in a random order.
CREATE TABLE survey_responses (
  response_id  text PRIMARY KEY,
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  sector       text CHECK (sector IN ('local_authority', 'third_sector')),
  answers      jsonb NOT NULL,
  texts        jsonb NOT NULL
);
CREATE INDEX survey_responses_by_workshop ON survey_responses (workshop_id);
