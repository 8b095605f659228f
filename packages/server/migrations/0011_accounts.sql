-- Accounts (issue 16 item 12): staff choose their own passwords, from a time-limited link sent
-- by email through the outbox (forgot password, or a new account's set-your-password link), and
-- may turn on two-factor sign-in with a time-based one-time code (TOTP, RFC 6238).

-- An account added by an administrator has no password until its owner sets one.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;

-- One-time links: the link carries a random 32-byte token; only its SHA-256 is kept.
CREATE TABLE password_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('reset', 'set')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT password_tokens_expire_after_creation CHECK (expires_at > created_at)
);
CREATE INDEX password_tokens_user_idx ON password_tokens (user_id);

-- Two-factor: the shared secret is stored encrypted (AES-256-GCM) and never returned once
-- confirmed. A secret being set up waits in totp_pending_secret until a code confirms it.
-- totp_last_step is the time step of the last code accepted, so no code is used twice.
ALTER TABLE users ADD COLUMN totp_secret text;
ALTER TABLE users ADD COLUMN totp_pending_secret text;
ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE users ADD COLUMN totp_last_step integer;

-- Recovery codes, shown once when two-factor is turned on; only their SHA-256 is kept.
CREATE TABLE recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- A password accepted for an account with two-factor on: the second step (the code) names
-- this challenge by a random token in a cookie; only its SHA-256 is kept.
CREATE TABLE sign_in_challenges (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sign_in_challenges_user_idx ON sign_in_challenges (user_id);
