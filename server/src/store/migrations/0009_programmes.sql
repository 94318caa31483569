-- Programmes (server/src/programmes/): many areas' workshops in one programme, run by programme leads, with the areas
-- run by facilitators; both are accounts. A programme's regions and areas are kept with it as one JSON value (a
-- programme has at most 20 regions of 30 areas, edited together); which workshop is an area's is a row of its own,
-- so a workshop belongs to one area of one programme at most.

CREATE TABLE programmes (
  programme_id   text PRIMARY KEY,
  title          text NOT NULL,
  objectives     jsonb NOT NULL DEFAULT '[]',
  regions        jsonb NOT NULL DEFAULT '[]',
  created_by     text NOT NULL REFERENCES accounts (account_id),
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE programme_staff (
  programme_id   text NOT NULL REFERENCES programmes (programme_id),
  account_id     text NOT NULL REFERENCES accounts (account_id),
  role           text NOT NULL CHECK (role IN ('lead', 'facilitator')),
  added_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (programme_id, account_id)
);
CREATE INDEX programme_staff_by_account ON programme_staff (account_id);

CREATE TABLE programme_workshops (
  workshop_id    text PRIMARY KEY REFERENCES workshops (workshop_id),
  programme_id   text NOT NULL REFERENCES programmes (programme_id),
  area_id        text NOT NULL,
  added_by       text NOT NULL REFERENCES accounts (account_id),
  added_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, area_id)
);

-- An invitation into a programme's staff, by link: the token only as its SHA-256 hash, once, until it expires.
CREATE TABLE programme_invitations (
  invitation_id  text PRIMARY KEY,
  programme_id   text NOT NULL REFERENCES programmes (programme_id),
  token_hash     text NOT NULL UNIQUE,
  role           text NOT NULL CHECK (role IN ('lead', 'facilitator')),
  created_by     text NOT NULL REFERENCES accounts (account_id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  used_by        text REFERENCES accounts (account_id),
  revoked_at     timestamptz
);
CREATE INDEX programme_invitations_by_programme ON programme_invitations (programme_id);
