import express from 'express';
import { instanceSettingsSchema, newInvitationBodySchema, type AdminAccount, type CreatedInvitation, type Invitation, type InstanceSettings } from '@roundtable/shared/accounts/accountRest';
import { sendError } from '../http/restRoutes';
import { hashToken, newId, newToken } from '../http/secrets';
import { invalid, nowIso, type AccountDeps } from './accountDeps';
import type { AccountRecord, InvitationRecord } from './accountStore';
import { requireAdministrator } from './accountSessions';

/** An invitation link works for this long, once. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

const invitationOf = (i: InvitationRecord): Invitation => ({
  invitationId: i.invitationId,
  email: i.email,
  role: i.role,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  usedAt: i.usedAt,
  revokedAt: i.revokedAt,
});

/** [ADM1]–[ADM5] The instance's administration: who may sign up, invitations, and the accounts (administrators only). */
export function adminRoutes(deps: AccountDeps): express.Router {
  const router = express.Router();
  const { accounts } = deps;

  const adminAccountOf = async (a: AccountRecord): Promise<AdminAccount> => ({
    accountId: a.accountId,
    displayName: a.displayName,
    email: a.email,
    role: a.role,
    createdAt: a.createdAt,
    disabledAt: a.disabledAt,
    passkeys: (await accounts.listPasskeys(a.accountId)).length,
    sso: (await accounts.listSsoIdentities(a.accountId)).length > 0,
  });

  router.get('/admin/settings', async (req, res) => {
    if (!(await requireAdministrator(accounts, req, res))) return;
    const { signUp, accountFreeWorkshops } = await accounts.getSettings();
    res.json({ signUp, accountFreeWorkshops } satisfies InstanceSettings);
  });

  router.put('/admin/settings', async (req, res) => {
    if (!(await requireAdministrator(accounts, req, res))) return;
    const body = instanceSettingsSchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const { signUp, accountFreeWorkshops } = await accounts.updateSettings(body.data);
    deps.logger.info({ signUp, accountFreeWorkshops }, 'instance settings changed');
    res.json({ signUp, accountFreeWorkshops } satisfies InstanceSettings);
  });

  router.get('/admin/invitations', async (req, res) => {
    if (!(await requireAdministrator(accounts, req, res))) return;
    res.json({ invitations: (await accounts.listInvitations()).map(invitationOf) });
  });

  router.post('/admin/invitations', async (req, res) => {
    const admin = await requireAdministrator(accounts, req, res);
    if (!admin) return;
    const body = newInvitationBodySchema.safeParse(req.body ?? {});
    if (!body.success) return invalid(res, body.error.issues);
    const token = newToken();
    const now = Date.now();
    const invitation = await accounts.createInvitation({
      invitationId: newId(),
      tokenHash: hashToken(token),
      email: body.data.email ?? null,
      role: body.data.role,
      createdBy: admin.account.accountId,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + INVITATION_TTL_MS).toISOString(),
    });
    const answer: CreatedInvitation = { invitation: invitationOf(invitation), url: `${deps.publicUrl(req)}/sign-up#invitation=${token}` };
    res.status(201).json(answer);
  });

  router.delete('/admin/invitations/:invitationId', async (req, res) => {
    if (!(await requireAdministrator(accounts, req, res))) return;
    if (!(await accounts.revokeInvitation(req.params.invitationId, nowIso()))) return sendError(res, { code: 'not_found', message: 'There is no such invitation still open.' });
    res.status(204).end();
  });

  router.get('/admin/accounts', async (req, res) => {
    if (!(await requireAdministrator(accounts, req, res))) return;
    res.json({ accounts: await Promise.all((await accounts.listAccounts()).map(adminAccountOf)) });
  });

  // [ADM4] Disabling ends the account's sessions at once and closes its open consoles (the connections of every
  // seat it keeps); its seats open by no key until it is enabled again.
  router.post('/admin/accounts/:accountId/disable', async (req, res) => {
    const admin = await requireAdministrator(accounts, req, res);
    if (!admin) return;
    if (req.params.accountId === admin.account.accountId) return sendError(res, { code: 'forbidden', message: 'You cannot disable your own account; another administrator can.' });
    const disabled = await accounts.disableAccount(req.params.accountId, nowIso());
    if (!disabled) return sendError(res, { code: 'not_found', message: 'There is no such account.' });
    for (const seat of await accounts.listSeatsOfAccount(disabled.accountId)) deps.endMemberConnections(seat.workshopId, seat.memberId);
    deps.logger.info({ accountId: disabled.accountId, by: admin.account.accountId }, 'account disabled');
    res.json(await adminAccountOf(disabled));
  });

  router.post('/admin/accounts/:accountId/enable', async (req, res) => {
    if (!(await requireAdministrator(accounts, req, res))) return;
    const enabled = await accounts.enableAccount(req.params.accountId);
    if (!enabled) return sendError(res, { code: 'not_found', message: 'There is no such account.' });
    res.json(await adminAccountOf(enabled));
  });

  return router;
}
