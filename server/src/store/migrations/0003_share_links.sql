-- Read-only links to a workshop's agreed action plan, for sponsors who were not in the room. Tokens are stored as
-- SHA-256 hashes, like members' tokens; a revoked link stops working at once.
CREATE TABLE share_links (
  link_id      text PRIMARY KEY,
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  token_hash   text NOT NULL UNIQUE,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz
);
CREATE INDEX share_links_by_workshop ON share_links (workshop_id);
