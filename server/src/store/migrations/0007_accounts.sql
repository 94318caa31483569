-- Facilitator and programme-staff accounts (server/src/accounts/). Participants never have one. Every secret is kept
-- only as a hash: session tokens, setup and invitation tokens as SHA-256 (256 random bits each), recovery codes as
-- scrypt salted by the account (60 random bits each, so a slow hash). Passkeys keep only their public keys.

CREATE TABLE accounts (
  account_id     text PRIMARY KEY,
  email          text NOT NULL UNIQUE,
  display_name   text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'member')),
  -- The WebAuthn user handle (random, base64url): what a discoverable passkey hands back as its userHandle.
  webauthn_user  text NOT NULL UNIQUE,
  created_at     timestamptz NOT NULL DEFAULT now(),
  disabled_at    timestamptz
);

CREATE TABLE passkeys (
  credential_id  text PRIMARY KEY,                -- base64url, as the browser names it
  account_id     text NOT NULL REFERENCES accounts (account_id),
  passkey_id     text NOT NULL UNIQUE,            -- the id the account's pages use (not the credential id)
  name           text NOT NULL,
  public_key     bytea NOT NULL,                  -- COSE
  counter        bigint NOT NULL DEFAULT 0,
  transports     jsonb NOT NULL DEFAULT '[]',
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_used_at   timestamptz
);
CREATE INDEX passkeys_by_account ON passkeys (account_id);

CREATE TABLE recovery_codes (
  account_id     text NOT NULL REFERENCES accounts (account_id),
  code_hash      text NOT NULL,
  used_at        timestamptz,
  PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE sso_identities (
  issuer         text NOT NULL,
  subject        text NOT NULL,
  account_id     text NOT NULL REFERENCES accounts (account_id),
  provider_id    text NOT NULL,
  email          text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX sso_identities_by_account ON sso_identities (account_id);

CREATE TABLE account_sessions (
  session_id     text PRIMARY KEY,
  token_hash     text NOT NULL UNIQUE,
  account_id     text NOT NULL REFERENCES accounts (account_id),
  device         text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz NOT NULL DEFAULT now(),
  ended_at       timestamptz
);
CREATE INDEX account_sessions_by_account ON account_sessions (account_id);

-- A WebAuthn ceremony in progress: its challenge, single use, and what it is for (a sign-up's details, the account
-- adding a passkey). In the database so the browser's two requests may reach different servers.
CREATE TABLE webauthn_challenges (
  flow_id        text PRIMARY KEY,
  challenge      text NOT NULL,
  purpose        text NOT NULL CHECK (purpose IN ('sign-up', 'sign-in', 'add-passkey')),
  details        jsonb NOT NULL DEFAULT '{}',
  expires_at     timestamptz NOT NULL
);

-- One row: the instance's settings, and the hash of the setup token while no administrator exists.
CREATE TABLE instance_settings (
  id                      integer PRIMARY KEY CHECK (id = 1),
  sign_up                 text NOT NULL DEFAULT 'invitation' CHECK (sign_up IN ('anyone', 'invitation', 'sso-domain')),
  account_free_workshops  boolean NOT NULL DEFAULT true,
  setup_token_hash        text
);
INSERT INTO instance_settings (id) VALUES (1);

CREATE TABLE invitations (
  invitation_id  text PRIMARY KEY,
  token_hash     text NOT NULL UNIQUE,
  email          text,
  role           text NOT NULL CHECK (role IN ('admin', 'member')),
  created_by     text NOT NULL REFERENCES accounts (account_id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  used_by        text REFERENCES accounts (account_id),
  revoked_at     timestamptz
);

-- Which account keeps which facilitator seat: that account's sessions open the workshop as that member. A seat is
-- kept by at most one account, and an account keeps at most one seat per workshop.
CREATE TABLE facilitator_seats (
  workshop_id    text NOT NULL REFERENCES workshops (workshop_id),
  member_id      text NOT NULL REFERENCES members (member_id),
  account_id     text NOT NULL REFERENCES accounts (account_id),
  kept_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workshop_id, member_id),
  UNIQUE (workshop_id, account_id)
);
CREATE INDEX facilitator_seats_by_account ON facilitator_seats (account_id);
