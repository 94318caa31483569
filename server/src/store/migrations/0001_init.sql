-- Roundtable's private store: what members of a workshop may not see, and the durable log of its shared doc.

CREATE TABLE workshops (
  workshop_id  text PRIMARY KEY,
  join_code    text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now()
);

-- Members' link tokens, stored only as SHA-256 hashes (tokens carry 256 random bits, so a fast hash is enough).
CREATE TABLE members (
  member_id    text PRIMARY KEY,
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  role         text NOT NULL CHECK (role IN ('facilitator', 'participant')),
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  removed_at   timestamptz
);
CREATE INDEX members_by_workshop ON members (workshop_id);

-- The first result of every command, so a resent command id returns it and changes nothing.
CREATE TABLE commands (
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  member_id    text NOT NULL,
  command_id   text NOT NULL,
  name         text NOT NULL,
  result       jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workshop_id, member_id, command_id)
);

-- The shared doc: a snapshot plus the Yjs updates appended since, in commit order.
CREATE TABLE doc_updates (
  seq          bigserial PRIMARY KEY,
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  update       bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX doc_updates_by_workshop ON doc_updates (workshop_id, seq);

CREATE TABLE doc_snapshots (
  workshop_id  text PRIMARY KEY REFERENCES workshops (workshop_id),
  snapshot     bytea NOT NULL,
  upto_seq     bigint NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);
