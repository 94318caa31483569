import { randomBytes } from 'node:crypto';
import express, { type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
  type WebAuthnCredential,
} from '@simplewebauthn/server';
import {
  passkeySignUpBodySchema,
  passkeyVerifyBodySchema,
  type AccountRole,
  type PasskeyChallenge,
  type PasskeySummary,
  type SignedIn,
  type SignedUp,
} from '@roundtable/shared/accounts/accountRest';
import { sendError } from '../http/restRoutes';
import { newId } from '../http/secrets';
import { invalid, nowIso, type AccountDeps } from './accountDeps';
import { CredentialTakenError, EmailTakenError, InvitationUnusableError, SetupClosedError, type AccountRecord, type ChallengePurpose, type PasskeyRecord } from './accountStore';
import { describeDevice, requireSignedIn, startSession, summaryOf } from './accountSessions';
import { hashRecoveryCode, newRecoveryCodes } from './recoveryCodes';
import { relyingPartyOf } from './relyingParty';
import { signUpGrant } from './signUpGrant';

/** [ACC3] A WebAuthn ceremony must finish within this long of its options; its challenge works once. */
export const WEBAUTHN_CHALLENGE_TTL_MS = 5 * 60 * 1000;

export const passkeySummaryOf = (p: PasskeyRecord): PasskeySummary => ({ passkeyId: p.passkeyId, name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt });

interface SignUpDetails {
  accountId: string;
  webauthnUser: string;
  displayName: string;
  email: string;
  role: AccountRole;
  invitationId?: string;
  firstAdministrator?: boolean;
}

/** Fresh codes for an account: the codes to show once, and their hashes to keep (scrypt of cost `cost`). */
export async function freshRecoveryCodes(accountId: string, cost: number): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = newRecoveryCodes();
  return { codes, hashes: await Promise.all(codes.map((c) => hashRecoveryCode(accountId, c, cost))) };
}

/**
 * Passkeys: sign-up (POST /auth/passkeys/register/*), sign-in with a discoverable credential (POST
 * /auth/passkeys/sign-in/*), and another passkey for the signed-in account (POST /account/passkeys/*). Each ceremony
 * is two requests: options (a challenge, stored with what it is for, single use, five minutes) and verify (the
 * browser's response, checked by @simplewebauthn/server against that challenge, our origin and our host name).
 */
export function passkeyRoutes(deps: AccountDeps): express.Router {
  const router = express.Router();
  const { accounts } = deps;
  const optionsLimit = rateLimit({
    windowMs: 60_000,
    // Ceremonies one address may start per minute (WEBAUTHN_OPTIONS_PER_MINUTE): each stores a challenge.
    limit: deps.webauthnOptionsPerMinute,
    handler: (_req, res) => sendError(res, { code: 'rate_limited', message: 'Too many passkey attempts from here. Wait a minute and try again.' }),
  });

  async function challengeFor(purpose: ChallengePurpose, options: { challenge: string } & object, details: object): Promise<PasskeyChallenge> {
    const flowId = newId();
    await accounts.saveChallenge({ flowId, challenge: options.challenge, purpose, details: { ...details }, expiresAt: new Date(Date.now() + WEBAUTHN_CHALLENGE_TTL_MS).toISOString() });
    return { flowId, options: { ...options } };
  }

  /** The challenge a verify request names, taken out (single use), if it is for this purpose and still fresh; else a 400 sent. */
  async function takeChallenge(flowId: string, purpose: ChallengePurpose, res: Response) {
    const challenge = await accounts.takeChallenge(flowId, nowIso());
    if (!challenge || challenge.purpose !== purpose) {
      sendError(res, { code: 'invalid_payload', message: 'This attempt has expired or was used already. Start again.' });
      return null;
    }
    return challenge;
  }

  router.post('/auth/passkeys/register/options', optionsLimit, async (req, res) => {
    const body = passkeySignUpBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const granted = await signUpGrant(accounts, body.data, nowIso());
    if (!granted.ok) return sendError(res, granted.error);
    const rp = relyingPartyOf(deps.publicUrl(req));
    const accountId = newId();
    const userId = randomBytes(32);
    const options = await generateRegistrationOptions({
      rpName: rp.rpName,
      rpID: rp.rpID,
      userName: body.data.email,
      userDisplayName: body.data.displayName,
      userID: userId,
      attestationType: 'none',
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      timeout: WEBAUTHN_CHALLENGE_TTL_MS,
    });
    const details: SignUpDetails = { accountId, webauthnUser: options.user.id, displayName: body.data.displayName, email: body.data.email, ...granted.grant };
    res.json(await challengeFor('sign-up', options, details));
  });

  router.post('/auth/passkeys/register/verify', async (req, res) => {
    const body = passkeyVerifyBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const challenge = await takeChallenge(body.data.flowId, 'sign-up', res);
    if (!challenge) return;
    const details = challenge.details as unknown as SignUpDetails;
    const credential = await verifiedRegistration(body.data.response as unknown as RegistrationResponseJSON, challenge.challenge, relyingPartyOf(deps.publicUrl(req)));
    if (!credential) return sendError(res, { code: 'invalid_payload', message: 'Your passkey could not be checked, so no account was made. Try again.' });
    const { codes, hashes } = await freshRecoveryCodes(details.accountId, deps.recoveryCodeScryptCost);
    let account: AccountRecord;
    try {
      account = await accounts.createAccount({
        account: { accountId: details.accountId, email: details.email, displayName: details.displayName, role: details.role, webauthnUser: details.webauthnUser },
        passkey: newPasskey(credential, body.data.passkeyName ?? describeDevice(req.get('user-agent'))),
        recoveryCodeHashes: hashes,
        ...(details.invitationId === undefined ? {} : { invitationId: details.invitationId }),
        ...(details.firstAdministrator ? { firstAdministrator: true } : {}),
      });
    } catch (error) {
      if (error instanceof EmailTakenError) return sendError(res, { code: 'conflict', message: 'An account with this email address exists already. Sign in instead.' });
      if (error instanceof CredentialTakenError) return sendError(res, { code: 'conflict', message: 'This passkey belongs to an account already. Sign in with it instead.' });
      if (error instanceof InvitationUnusableError) return sendError(res, { code: 'forbidden', message: 'This invitation is not valid any more (used, withdrawn or expired). Ask for a new one.' });
      if (error instanceof SetupClosedError) return sendError(res, { code: 'conflict', message: 'This Roundtable has been set up meanwhile. Sign in, or ask its administrator for an invitation.' });
      throw error;
    }
    await startSession(accounts, account, req, res);
    deps.logger.info({ accountId: account.accountId, role: account.role }, 'account created');
    const answer: SignedUp = { account: summaryOf(account), recoveryCodes: codes };
    res.set('Cache-Control', 'no-store').status(201).json(answer);
  });

  router.post('/auth/passkeys/sign-in/options', optionsLimit, async (req, res) => {
    const rp = relyingPartyOf(deps.publicUrl(req));
    const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'preferred', allowCredentials: [], timeout: WEBAUTHN_CHALLENGE_TTL_MS });
    res.json(await challengeFor('sign-in', options, {}));
  });

  router.post('/auth/passkeys/sign-in/verify', async (req, res) => {
    const body = passkeyVerifyBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const challenge = await takeChallenge(body.data.flowId, 'sign-in', res);
    if (!challenge) return;
    const response = body.data.response as unknown as AuthenticationResponseJSON;
    const refused = () => sendError(res, { code: 'unauthorized', message: 'That passkey did not sign you in. Try again, or use a recovery code.' });
    const passkey = await accounts.findPasskeyByCredentialId(response.id);
    if (!passkey) return refused();
    const account = await accounts.findAccount(passkey.accountId);
    if (!account) return refused();
    // [ACC4] A discoverable passkey names its user: it must be this credential's own account.
    if (typeof response.response.userHandle === 'string' && response.response.userHandle !== account.webauthnUser) return refused();
    const rp = relyingPartyOf(deps.publicUrl(req));
    let newCounter: number;
    try {
      const verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge.challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.rpID,
        credential: credentialOf(passkey),
        requireUserVerification: false,
      });
      if (!verification.verified) return refused();
      newCounter = verification.authenticationInfo.newCounter;
    } catch (error) {
      deps.logger.info({ reason: (error as Error).message }, 'passkey sign-in refused');
      return refused();
    }
    if (account.disabledAt !== null) return sendError(res, { code: 'forbidden', message: 'This account has been disabled by an administrator of this Roundtable.' });
    await accounts.touchPasskey(passkey.credentialId, newCounter, nowIso());
    await startSession(accounts, account, req, res);
    const answer: SignedIn = { account: summaryOf(account) };
    res.json(answer);
  });

  router.post('/account/passkeys/options', optionsLimit, async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const rp = relyingPartyOf(deps.publicUrl(req));
    const existing = await accounts.listPasskeys(signedIn.account.accountId);
    const options = await generateRegistrationOptions({
      rpName: rp.rpName,
      rpID: rp.rpID,
      userName: signedIn.account.email,
      userDisplayName: signedIn.account.displayName,
      userID: Buffer.from(signedIn.account.webauthnUser, 'base64url'),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransportFuture[] })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      timeout: WEBAUTHN_CHALLENGE_TTL_MS,
    });
    res.json(await challengeFor('add-passkey', options, { accountId: signedIn.account.accountId }));
  });

  router.post('/account/passkeys/verify', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const body = passkeyVerifyBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const challenge = await takeChallenge(body.data.flowId, 'add-passkey', res);
    if (!challenge) return;
    // [ACC4] A ceremony started by one account cannot add a passkey to another.
    if (challenge.details.accountId !== signedIn.account.accountId) return sendError(res, { code: 'forbidden', message: 'This attempt was started by another account. Start again.' });
    const credential = await verifiedRegistration(body.data.response as unknown as RegistrationResponseJSON, challenge.challenge, relyingPartyOf(deps.publicUrl(req)));
    if (!credential) return sendError(res, { code: 'invalid_payload', message: 'The new passkey could not be checked, so it was not added. Try again.' });
    try {
      const added = await accounts.addPasskey(signedIn.account.accountId, newPasskey(credential, body.data.passkeyName ?? describeDevice(req.get('user-agent'))));
      res.status(201).json(passkeySummaryOf(added));
    } catch (error) {
      if (error instanceof CredentialTakenError) return sendError(res, { code: 'conflict', message: 'This passkey is registered already.' });
      throw error;
    }
  });

  return router;
}

/** The credential a registration response proves, or null when it does not verify (wrong challenge, origin, host, format…). */
async function verifiedRegistration(response: RegistrationResponseJSON, challenge: string, rp: { origin: string; rpID: string }): Promise<WebAuthnCredential | null> {
  try {
    const verification = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: false });
    return verification.verified ? verification.registrationInfo.credential : null;
  } catch {
    return null;
  }
}

function newPasskey(credential: WebAuthnCredential, name: string) {
  return {
    passkeyId: newId(),
    credentialId: credential.id,
    name,
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: credential.transports ?? [],
  };
}

const credentialOf = (p: PasskeyRecord): WebAuthnCredential => ({
  id: p.credentialId,
  publicKey: p.publicKey as WebAuthnCredential['publicKey'],
  counter: p.counter,
  transports: p.transports as AuthenticatorTransportFuture[],
});
