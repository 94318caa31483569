-- Every kind of bearer link in one table (the kinds are described in server/src/links/linkKinds.ts): a sponsor's
-- share link, a lead's progress link, and those to come. Tokens are stored as SHA-256 hashes, like members' tokens;
-- a revoked link stops working at once. `details` holds what the kind keeps with each link (checked by the store
-- against the kind's description on every write and read). `live_key` is the kind's "at most one live link per …"
-- key as the JSON array of its parts (a lead's link: its action and slot), null where the kind has no such rule:
-- the partial unique index keeps one live link per key, so making one revokes the older in the same transaction.
CREATE TABLE links (
  link_id      text PRIMARY KEY,
  kind         text NOT NULL,
  workshop_id  text NOT NULL REFERENCES workshops (workshop_id),
  token_hash   text NOT NULL UNIQUE,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz,
  details      jsonb NOT NULL DEFAULT '{}',
  live_key     text
);
CREATE INDEX links_by_workshop ON links (workshop_id, kind);
CREATE UNIQUE INDEX links_one_live_per_key ON links (workshop_id, kind, live_key) WHERE revoked_at IS NULL AND live_key IS NOT NULL;

INSERT INTO links (link_id, kind, workshop_id, token_hash, created_by, created_at, revoked_at, details, live_key)
  SELECT link_id, 'share', workshop_id, token_hash, created_by, created_at, revoked_at, '{}', NULL FROM share_links;
INSERT INTO links (link_id, kind, workshop_id, token_hash, created_by, created_at, revoked_at, details, live_key)
  SELECT link_id, 'lead', workshop_id, token_hash, created_by, created_at, revoked_at,
         jsonb_build_object('actionId', action_id, 'slot', slot, 'leadName', lead_name),
         array_to_json(ARRAY[action_id, slot])::text
  FROM lead_links;

DROP TABLE share_links;
DROP TABLE lead_links;
