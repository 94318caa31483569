import type { SqlDatabase, SqlQueryable } from '../store/sqlDatabase';
import {
  CredentialTakenError,
  EmailTakenError,
  InvitationUnusableError,
  SeatTakenError,
  SetupClosedError,
  type AccountStore,
  type ChallengePurpose,
  type NewPasskey,
  type PasskeyRecord,
} from './accountStore';
import {
  ACCOUNT_COLUMNS,
  accountOf,
  fromJson,
  INVITATION_COLUMNS,
  invitationOf,
  iso,
  PASSKEY_COLUMNS,
  passkeyOf,
  seatOf,
  SESSION_COLUMNS,
  sessionOf,
  settingsOf,
  USABLE_INVITATION,
  violated,
} from './sqlAccountRows';

async function insertPasskey(tx: SqlQueryable, accountId: string, p: NewPasskey): Promise<PasskeyRecord> {
  try {
    const rows = await tx.query(
      `INSERT INTO passkeys (credential_id, account_id, passkey_id, name, public_key, counter, transports) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${PASSKEY_COLUMNS}`,
      [p.credentialId, accountId, p.passkeyId, p.name, p.publicKey, p.counter, JSON.stringify(p.transports)],
    );
    return passkeyOf(rows[0]!);
  } catch (error) {
    if (violated(error, 'passkeys_pkey')) throw new CredentialTakenError('credential registered already');
    throw error;
  }
}

async function insertCodes(tx: SqlQueryable, accountId: string, hashes: readonly string[]): Promise<void> {
  for (const hash of hashes) await tx.query('INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)', [accountId, hash]);
}

/** The account store on the workshops' own database (PGlite or PostgreSQL): the tables of migration 0007_accounts.sql. */
export function createSqlAccountStore(db: SqlDatabase): AccountStore {
  const one = async (sql: string, params: readonly unknown[]) => (await db.query(sql, params))[0];
  const waysToSignIn = async (tx: SqlQueryable, accountId: string) => {
    const rows = await tx.query<{ n: string | number }>(
      'SELECT (SELECT count(*) FROM passkeys WHERE account_id = $1) + (SELECT count(*) FROM sso_identities WHERE account_id = $1) AS n',
      [accountId],
    );
    return Number(rows[0]!.n);
  };

  return {
    async createAccount(input) {
      try {
        return await db.transaction(async (tx) => {
          if (input.firstAdministrator) {
            // The settings row is the lock two simultaneous first sign-ups queue on.
            await tx.query('SELECT id FROM instance_settings WHERE id = 1 FOR UPDATE');
            const admins = await tx.query("SELECT 1 FROM accounts WHERE role = 'admin' AND disabled_at IS NULL");
            if (admins.length > 0) throw new SetupClosedError('An administrator exists already.');
          }
          const a = input.account;
          const rows = await tx.query(
            `INSERT INTO accounts (account_id, email, display_name, role, webauthn_user) VALUES ($1, $2, $3, $4, $5) RETURNING ${ACCOUNT_COLUMNS}`,
            [a.accountId, a.email, a.displayName, a.role, a.webauthnUser],
          );
          if (input.passkey) await insertPasskey(tx, a.accountId, input.passkey);
          if (input.sso) {
            const s = input.sso;
            const linked = await tx.query(
              'INSERT INTO sso_identities (issuer, subject, account_id, provider_id, email) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1',
              [s.issuer, s.subject, a.accountId, s.providerId, s.email],
            );
            if (linked.length === 0) throw new CredentialTakenError('identity linked already');
          }
          await insertCodes(tx, a.accountId, input.recoveryCodeHashes);
          if (input.invitationId !== undefined) {
            const used = await tx.query(`UPDATE invitations SET used_at = now(), used_by = $1 WHERE invitation_id = $3 AND ${USABLE_INVITATION} RETURNING 1`, [
              a.accountId,
              new Date().toISOString(),
              input.invitationId,
            ]);
            if (used.length === 0) throw new InvitationUnusableError('invitation unusable');
          }
          if (input.firstAdministrator) await tx.query('UPDATE instance_settings SET setup_token_hash = NULL WHERE id = 1');
          return accountOf(rows[0]!);
        });
      } catch (error) {
        if (violated(error, 'accounts_email_key')) throw new EmailTakenError(input.account.email);
        throw error;
      }
    },
    async findAccount(accountId) {
      const r = await one(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE account_id = $1`, [accountId]);
      return r ? accountOf(r) : null;
    },
    async findAccountByEmail(email) {
      const r = await one(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE email = $1`, [email]);
      return r ? accountOf(r) : null;
    },
    async findAccountByWebauthnUser(user) {
      const r = await one(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE webauthn_user = $1`, [user]);
      return r ? accountOf(r) : null;
    },
    listAccounts: async () => (await db.query(`SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY created_at, account_id`)).map(accountOf),
    hasAdministrator: async () => (await db.query("SELECT 1 FROM accounts WHERE role = 'admin' AND disabled_at IS NULL LIMIT 1")).length > 0,
    async disableAccount(accountId, at) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(`UPDATE accounts SET disabled_at = coalesce(disabled_at, $2::timestamptz) WHERE account_id = $1 RETURNING ${ACCOUNT_COLUMNS}`, [accountId, at]);
        if (rows.length === 0) return null;
        await tx.query('UPDATE account_sessions SET ended_at = $2::timestamptz WHERE account_id = $1 AND ended_at IS NULL', [accountId, at]);
        return accountOf(rows[0]!);
      });
    },
    async enableAccount(accountId) {
      const r = await one(`UPDATE accounts SET disabled_at = NULL WHERE account_id = $1 RETURNING ${ACCOUNT_COLUMNS}`, [accountId]);
      return r ? accountOf(r) : null;
    },

    addPasskey: (accountId, passkey) => insertPasskey(db, accountId, passkey),
    async findPasskeyByCredentialId(credentialId) {
      const r = await one(`SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE credential_id = $1`, [credentialId]);
      return r ? passkeyOf(r) : null;
    },
    listPasskeys: async (accountId) => (await db.query(`SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE account_id = $1 ORDER BY created_at, passkey_id`, [accountId])).map(passkeyOf),
    async touchPasskey(credentialId, counter, at) {
      await db.query('UPDATE passkeys SET counter = $2, last_used_at = $3::timestamptz WHERE credential_id = $1', [credentialId, counter, at]);
    },
    async removePasskey(accountId, passkeyId) {
      return db.transaction(async (tx) => {
        await tx.query('SELECT account_id FROM accounts WHERE account_id = $1 FOR UPDATE', [accountId]);
        if ((await waysToSignIn(tx, accountId)) <= 1) return false;
        return (await tx.query('DELETE FROM passkeys WHERE account_id = $1 AND passkey_id = $2 RETURNING 1', [accountId, passkeyId])).length > 0;
      });
    },

    async replaceRecoveryCodes(accountId, hashes) {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM recovery_codes WHERE account_id = $1', [accountId]);
        await insertCodes(tx, accountId, hashes);
      });
    },
    async useRecoveryCode(accountId, codeHash, at) {
      const rows = await db.query('UPDATE recovery_codes SET used_at = $3::timestamptz WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1', [accountId, codeHash, at]);
      return rows.length > 0;
    },
    async countRecoveryCodesLeft(accountId) {
      const r = await one('SELECT count(*) AS n FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL', [accountId]);
      return Number(r!.n);
    },

    async addSsoIdentity(accountId, s) {
      const rows = await db.query(
        'INSERT INTO sso_identities (issuer, subject, account_id, provider_id, email) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1',
        [s.issuer, s.subject, accountId, s.providerId, s.email],
      );
      return rows.length > 0;
    },
    async findAccountBySso(issuer, subject) {
      const r = await one(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE account_id = (SELECT account_id FROM sso_identities WHERE issuer = $1 AND subject = $2)`, [issuer, subject]);
      return r ? accountOf(r) : null;
    },
    listSsoIdentities: async (accountId) =>
      (await db.query('SELECT provider_id, issuer, subject, email FROM sso_identities WHERE account_id = $1 ORDER BY created_at', [accountId])).map((r) => ({
        providerId: r.provider_id as string,
        issuer: r.issuer as string,
        subject: r.subject as string,
        email: (r.email as string | null) ?? null,
      })),

    async createSession({ sessionId, tokenHash, accountId, device, at }) {
      const r = await one(
        `INSERT INTO account_sessions (session_id, token_hash, account_id, device, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz) RETURNING ${SESSION_COLUMNS}`,
        [sessionId, tokenHash, accountId, device, at],
      );
      return sessionOf(r!);
    },
    async findLiveSession(tokenHash, seenAfter, now) {
      const r = await one(
        `SELECT ${SESSION_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')}, ${ACCOUNT_COLUMNS.split(', ').map((c) => `a.${c} AS a_${c}`).join(', ')}
           FROM account_sessions s JOIN accounts a ON a.account_id = s.account_id
          WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.last_seen_at > $2::timestamptz AND a.disabled_at IS NULL`,
        [tokenHash, seenAfter],
      );
      if (!r) return null;
      const session = sessionOf(r);
      if (Date.parse(now) - Date.parse(session.lastSeenAt) > 60_000) {
        await db.query('UPDATE account_sessions SET last_seen_at = $2::timestamptz WHERE session_id = $1', [session.sessionId, now]);
        session.lastSeenAt = now;
      }
      const account = accountOf(Object.fromEntries(ACCOUNT_COLUMNS.split(', ').map((c) => [c, r[`a_${c}`]])));
      return { session, account };
    },
    listLiveSessions: async (accountId, seenAfter) =>
      (
        await db.query(`SELECT ${SESSION_COLUMNS} FROM account_sessions WHERE account_id = $1 AND ended_at IS NULL AND last_seen_at > $2::timestamptz ORDER BY last_seen_at DESC`, [
          accountId,
          seenAfter,
        ])
      ).map(sessionOf),
    async endSession(accountId, sessionId, at) {
      const rows = await db.query('UPDATE account_sessions SET ended_at = $3::timestamptz WHERE account_id = $1 AND session_id = $2 AND ended_at IS NULL RETURNING 1', [
        accountId,
        sessionId,
        at,
      ]);
      return rows.length > 0;
    },
    async endAllSessions(accountId, at) {
      return (await db.query('UPDATE account_sessions SET ended_at = $2::timestamptz WHERE account_id = $1 AND ended_at IS NULL RETURNING 1', [accountId, at])).length;
    },

    async saveChallenge(c) {
      // Ceremonies nobody finished are swept as new ones start.
      await db.query("DELETE FROM webauthn_challenges WHERE expires_at < now() - interval '1 hour'");
      await db.query('INSERT INTO webauthn_challenges (flow_id, challenge, purpose, details, expires_at) VALUES ($1, $2, $3, $4, $5::timestamptz)', [
        c.flowId,
        c.challenge,
        c.purpose,
        JSON.stringify(c.details),
        c.expiresAt,
      ]);
    },
    async takeChallenge(flowId, now) {
      const r = await one('DELETE FROM webauthn_challenges WHERE flow_id = $1 RETURNING flow_id, challenge, purpose, details, expires_at', [flowId]);
      if (!r || iso(r.expires_at as Date) <= now) return null;
      return {
        flowId: r.flow_id as string,
        challenge: r.challenge as string,
        purpose: r.purpose as ChallengePurpose,
        details: fromJson(r.details) as Record<string, unknown>,
        expiresAt: iso(r.expires_at as Date),
      };
    },

    async getSettings() {
      const r = (await one('SELECT sign_up, account_free_workshops, setup_token_hash FROM instance_settings WHERE id = 1', []))!;
      return settingsOf(r);
    },
    async updateSettings(s) {
      const r = await one('UPDATE instance_settings SET sign_up = $1, account_free_workshops = $2 WHERE id = 1 RETURNING sign_up, account_free_workshops, setup_token_hash', [
        s.signUp,
        s.accountFreeWorkshops,
      ]);
      return settingsOf(r!);
    },
    async setSetupTokenHash(hash) {
      const rows = await db.query(
        "UPDATE instance_settings SET setup_token_hash = $1 WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM accounts WHERE role = 'admin' AND disabled_at IS NULL) RETURNING 1",
        [hash],
      );
      return rows.length > 0;
    },

    async createInvitation(i) {
      const r = await one(
        `INSERT INTO invitations (invitation_id, token_hash, email, role, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz) RETURNING ${INVITATION_COLUMNS}`,
        [i.invitationId, i.tokenHash, i.email, i.role, i.createdBy, i.createdAt, i.expiresAt],
      );
      return invitationOf(r!);
    },
    listInvitations: async () => (await db.query(`SELECT ${INVITATION_COLUMNS} FROM invitations ORDER BY created_at DESC, invitation_id`)).map(invitationOf),
    async findUsableInvitation(tokenHash, now) {
      const r = await one(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE token_hash = $1 AND ${USABLE_INVITATION}`, [tokenHash, now]);
      return r ? invitationOf(r) : null;
    },
    async findUsableInvitationForEmail(email, now) {
      const r = await one(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE email = $1 AND ${USABLE_INVITATION} ORDER BY created_at LIMIT 1`, [email, now]);
      return r ? invitationOf(r) : null;
    },
    async revokeInvitation(invitationId, at) {
      const rows = await db.query('UPDATE invitations SET revoked_at = $2::timestamptz WHERE invitation_id = $1 AND revoked_at IS NULL AND used_at IS NULL RETURNING 1', [invitationId, at]);
      return rows.length > 0;
    },

    async keepSeat({ workshopId, memberId, accountId, at }) {
      const inserted = await one(
        'INSERT INTO facilitator_seats (workshop_id, member_id, account_id, kept_at) VALUES ($1, $2, $3, $4::timestamptz) ON CONFLICT DO NOTHING RETURNING workshop_id, member_id, account_id, kept_at',
        [workshopId, memberId, accountId, at],
      );
      if (inserted) return seatOf(inserted);
      const held = await one('SELECT workshop_id, member_id, account_id, kept_at FROM facilitator_seats WHERE workshop_id = $1 AND member_id = $2', [workshopId, memberId]);
      if (held && held.account_id === accountId) return seatOf(held);
      throw new SeatTakenError('seat kept already');
    },
    async findSeatOfAccount(accountId, workshopId) {
      // A removed member's seat opens nothing, even if releasing it (after the removal) never happened.
      const r = await one(
        'SELECT s.workshop_id, s.member_id, s.account_id, s.kept_at FROM facilitator_seats s JOIN members m ON m.member_id = s.member_id WHERE s.account_id = $1 AND s.workshop_id = $2 AND m.removed_at IS NULL',
        [accountId, workshopId],
      );
      return r ? seatOf(r) : null;
    },
    async findSeatOfMember(workshopId, memberId) {
      const r = await one('SELECT workshop_id, member_id, account_id, kept_at FROM facilitator_seats WHERE workshop_id = $1 AND member_id = $2', [workshopId, memberId]);
      return r ? seatOf(r) : null;
    },
    listSeatsOfAccount: async (accountId) =>
      (await db.query('SELECT workshop_id, member_id, account_id, kept_at FROM facilitator_seats WHERE account_id = $1 ORDER BY kept_at, workshop_id', [accountId])).map(seatOf),
    listSeatsOfWorkshop: async (workshopId) =>
      (await db.query('SELECT workshop_id, member_id, account_id, kept_at FROM facilitator_seats WHERE workshop_id = $1', [workshopId])).map(seatOf),
    releaseSeat: async (workshopId, memberId) =>
      (await db.query('DELETE FROM facilitator_seats WHERE workshop_id = $1 AND member_id = $2 RETURNING 1', [workshopId, memberId])).length > 0,

    // The database belongs to the workshop store, which closes it.
    async close() {},
  };
}
