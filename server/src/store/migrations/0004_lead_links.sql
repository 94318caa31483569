-- Each action lead's personal link for reporting progress between sessions four and five (no account). A link
-- belongs to one action and one of its two lead slots; tokens are stored as SHA-256 hashes, like members' tokens.
-- At most one live link per lead: making a new one revokes the older in the same transaction.
CREATE TABLE lead_links (
  link_id      text PRIMARY KEY,
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  action_id    text NOT NULL,
  slot         text NOT NULL CHECK (slot IN ('councilLead', 'thirdSectorLead')),
  lead_name    text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz
);
CREATE INDEX lead_links_by_workshop ON lead_links (workshop_id);
CREATE UNIQUE INDEX lead_links_one_live_per_lead ON lead_links (workshop_id, action_id, slot) WHERE revoked_at IS NULL;
