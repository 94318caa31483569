import { randomUUID } from 'node:crypto';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { MATRIX_ROLES, type MatrixRole, type MatrixWorkshop } from './matrixWorkshop';

/**
 * The REST half of the authorisation matrix: one row per route the server serves (keyed as expressRoutes.ts names
 * them), stating the status each role gets — a success, or the refusal (401 for anyone without a credential of
 * this workshop, 403 for a member of the wrong role) — and a request that succeeds for the roles that may send it.
 * Run after the command rows, so the plan is agreed and the survey closed: every document exists.
 */
type Expect = Readonly<Record<MatrixRole, number | readonly number[]>>;

export interface RouteRow {
  expect: Expect;
  request(m: MatrixWorkshop, s: WorkshopState): { method: string; path: string; body?: unknown };
  /** The credential goes in the body (`POST /api/session` exchanges a token for a cookie), not in a header. */
  tokenInBody?: boolean;
}

const each = (status: (role: MatrixRole) => number | readonly number[]): Expect => Object.fromEntries(MATRIX_ROLES.map((r) => [r, status(r)])) as Expect;
/** Anyone at all, with or without credentials. */
const everyone = (status: number | readonly number[]) => each(() => status);
/** [AUTH3] The workshop's members; anyone else 401. */
const members = (status: number) => each((r) => (r === 'facilitator' || r === 'participant' ? status : 401));
/** [SHARE1] [REV1] Facilitators; participants 403; anyone else 401. */
const facilitators = (status: number) => each((r) => (r === 'facilitator' ? status : r === 'participant' ? 403 : 401));
/** [SHARE2] [REV3] Only the holder of that kind of link; anyone else (members too) 401. */
const onlyThe = (role: MatrixRole, status: number) => each((r) => (r === role ? status : 401));

const get = (path: string) => ({ method: 'GET', path });
const post = (path: string, body: unknown) => ({ method: 'POST', path, body });
/** A well-formed verify request for a ceremony that was never started. */
const NO_SUCH_CEREMONY = { flowId: 'a'.repeat(22), response: { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: 'x' } } };
const ws = (m: MatrixWorkshop) => `/api/workshops/${m.workshopId}`;

export const ROUTE_ROWS: Readonly<Record<string, RouteRow>> = {
  'GET /api/client-config': { expect: everyone(200), request: () => get('/api/client-config') },
  'GET /api/health': { expect: everyone(200), request: () => get('/api/health') },
  'GET /api/workshops/:workshopId/me': { expect: members(200), request: (m) => get(`${ws(m)}/me`) },
  'GET /api/workshops/:workshopId/profile.:format': { expect: members(200), request: (m) => get(`${ws(m)}/profile.md`) },
  'GET /api/workshops/:workshopId/plan.:format': { expect: members(200), request: (m) => get(`${ws(m)}/plan.md`) },
  'GET /api/workshops/:workshopId/review.:format': { expect: members(200), request: (m) => get(`${ws(m)}/review.md`) },
  'GET /api/workshops/:workshopId/survey.:format': { expect: members(200), request: (m) => get(`${ws(m)}/survey.csv`) },
  'GET /api/workshops/:workshopId/map.:format': { expect: members(200), request: (m) => get(`${ws(m)}/map.csv`) },
  'GET /api/workshops/:workshopId/share-links': { expect: facilitators(200), request: (m) => get(`${ws(m)}/share-links`) },
  'POST /api/workshops/:workshopId/share-links': { expect: facilitators(201), request: (m) => ({ method: 'POST', path: `${ws(m)}/share-links`, body: {} }) },
  'DELETE /api/workshops/:workshopId/share-links/:linkId': { expect: facilitators(204), request: (m) => ({ method: 'DELETE', path: `${ws(m)}/share-links/${m.spareShareLinkId}` }) },
  'GET /api/shared/plan.json': { expect: onlyThe('shareLink', 200), request: () => get('/api/shared/plan.json') },
  'GET /api/shared/plan.:format': { expect: onlyThe('shareLink', 200), request: () => get('/api/shared/plan.md') },
  'GET /api/workshops/:workshopId/lead-links': { expect: facilitators(200), request: (m) => get(`${ws(m)}/lead-links`) },
  'POST /api/workshops/:workshopId/lead-links': {
    expect: facilitators(201),
    request: (m) => ({ method: 'POST', path: `${ws(m)}/lead-links`, body: { actionId: m.otherActionId, slot: 'councilLead' } }),
  },
  'DELETE /api/workshops/:workshopId/lead-links/:linkId': { expect: facilitators(204), request: (m) => ({ method: 'DELETE', path: `${ws(m)}/lead-links/${m.spareLeadLinkId}` }) },
  'GET /api/lead/action.json': { expect: onlyThe('leadLink', 200), request: () => get('/api/lead/action.json') },
  'POST /api/lead/progress': {
    expect: onlyThe('leadLink', 200),
    request: () => ({ method: 'POST', path: '/api/lead/progress', body: { commandId: randomUUID(), status: 'on_track', note: 'Met twice.', evidence: [] } }),
  },
  'POST /api/workshops': { expect: everyone(201), request: () => ({ method: 'POST', path: '/api/workshops', body: { title: 'Another', area: 'Elsewhere', facilitatorName: 'Ed' } }) },
  'POST /api/join': {
    expect: everyone(201),
    request: (_m, s) => ({ method: 'POST', path: '/api/join', body: { joinCode: s.meta.joinCode, name: 'Newcomer', organisation: '', sector: 'other' } }),
  },
  'POST /api/session': { expect: members(200), tokenInBody: true, request: (m) => ({ method: 'POST', path: '/api/session', body: { workshopId: m.workshopId } }) },
  // Accounts (server/src/accounts/). No role here carries an account cookie: what needs one is 401 for all of them;
  // their signed-in behaviour is tested in server/src/accounts/*.test.ts. This server has no administrator yet, so
  // a passkey sign-up is refused (403) until the setup link is used.
  'GET /api/auth/state': { expect: everyone(200), request: () => get('/api/auth/state') },
  'POST /api/auth/passkeys/register/options': { expect: everyone(403), request: () => post('/api/auth/passkeys/register/options', { displayName: 'Mallory', email: 'mallory@example.org' }) },
  'POST /api/auth/passkeys/register/verify': { expect: everyone(400), request: () => post('/api/auth/passkeys/register/verify', NO_SUCH_CEREMONY) },
  'POST /api/auth/passkeys/sign-in/options': { expect: everyone(200), request: () => post('/api/auth/passkeys/sign-in/options', {}) },
  'POST /api/auth/passkeys/sign-in/verify': { expect: everyone(400), request: () => post('/api/auth/passkeys/sign-in/verify', NO_SUCH_CEREMONY) },
  'POST /api/auth/recovery': { expect: everyone(401), request: () => post('/api/auth/recovery', { email: 'nobody@example.org', code: 'AAAA-BBBB-CCCC' }) },
  'POST /api/auth/sign-out': { expect: everyone(204), request: () => post('/api/auth/sign-out', {}) },
  'GET /api/account': { expect: everyone(401), request: () => get('/api/account') },
  'POST /api/account/passkeys/options': { expect: everyone(401), request: () => post('/api/account/passkeys/options', {}) },
  'POST /api/account/passkeys/verify': { expect: everyone(401), request: () => post('/api/account/passkeys/verify', NO_SUCH_CEREMONY) },
  'DELETE /api/account/passkeys/:passkeyId': { expect: everyone(401), request: () => ({ method: 'DELETE', path: '/api/account/passkeys/some-passkey' }) },
  'POST /api/account/recovery-codes': { expect: everyone(401), request: () => post('/api/account/recovery-codes', {}) },
  'GET /api/account/sessions': { expect: everyone(401), request: () => get('/api/account/sessions') },
  'DELETE /api/account/sessions/:sessionId': { expect: everyone(401), request: () => ({ method: 'DELETE', path: '/api/account/sessions/some-session' }) },
  'POST /api/account/sessions/sign-out-everywhere': { expect: everyone(401), request: () => post('/api/account/sessions/sign-out-everywhere', {}) },
  'GET /api/account/workshops': { expect: everyone(401), request: () => get('/api/account/workshops') },
  'POST /api/account/workshops/:workshopId/keep': { expect: everyone(401), request: (m) => post(`/api/account/workshops/${m.workshopId}/keep`, {}) },
  'GET /api/admin/settings': { expect: everyone(401), request: () => get('/api/admin/settings') },
  'PUT /api/admin/settings': { expect: everyone(401), request: () => ({ method: 'PUT', path: '/api/admin/settings', body: { signUp: 'anyone', accountFreeWorkshops: false } }) },
  'GET /api/admin/invitations': { expect: everyone(401), request: () => get('/api/admin/invitations') },
  'POST /api/admin/invitations': { expect: everyone(401), request: () => post('/api/admin/invitations', { role: 'admin' }) },
  'DELETE /api/admin/invitations/:invitationId': { expect: everyone(401), request: () => ({ method: 'DELETE', path: '/api/admin/invitations/some-invitation' }) },
  'GET /api/admin/accounts': { expect: everyone(401), request: () => get('/api/admin/accounts') },
  'POST /api/admin/accounts/:accountId/disable': { expect: everyone(401), request: () => post('/api/admin/accounts/some-account/disable', {}) },
  'POST /api/admin/accounts/:accountId/enable': { expect: everyone(401), request: () => post('/api/admin/accounts/some-account/enable', {}) },
  // [PROG8] Programmes: every route needs an account session, which no role here carries (401 for all); signed-in
  // leads, facilitators and strangers are the programme's own matrix (server/src/programmes/programmeMatrix.test.ts).
  'GET /api/programmes': { expect: everyone(401), request: () => get('/api/programmes') },
  'POST /api/programmes': { expect: everyone(401), request: () => post('/api/programmes', { title: 'Mallory’s programme' }) },
  'GET /api/programmes/:programmeId': { expect: everyone(401), request: () => get('/api/programmes/some-programme') },
  'PUT /api/programmes/:programmeId': { expect: everyone(401), request: () => ({ method: 'PUT', path: '/api/programmes/some-programme', body: { title: 'Renamed' } }) },
  'GET /api/programmes/:programmeId/invitations': { expect: everyone(401), request: () => get('/api/programmes/some-programme/invitations') },
  'POST /api/programmes/:programmeId/invitations': { expect: everyone(401), request: () => post('/api/programmes/some-programme/invitations', { role: 'lead' }) },
  'DELETE /api/programmes/:programmeId/invitations/:invitationId': { expect: everyone(401), request: () => ({ method: 'DELETE', path: '/api/programmes/some-programme/invitations/some-invitation' }) },
  'POST /api/programme-invitations/accept': { expect: everyone(401), request: () => post('/api/programme-invitations/accept', { token: 'a'.repeat(43) }) },
  'POST /api/programmes/:programmeId/areas/:areaId/workshop': { expect: everyone(401), request: () => post('/api/programmes/some-programme/areas/some-area/workshop', { facilitatorName: 'Mallory' }) },
  'PUT /api/programmes/:programmeId/areas/:areaId/workshop': { expect: everyone(401), request: (m) => ({ method: 'PUT', path: '/api/programmes/some-programme/areas/some-area/workshop', body: { workshopId: m.workshopId } }) },
  'GET /api/programmes/:programmeId/areas': { expect: everyone(401), request: () => get('/api/programmes/some-programme/areas') },
  'GET /api/programmes/:programmeId/areas/:areaId/outputs': { expect: everyone(401), request: () => get('/api/programmes/some-programme/areas/some-area/outputs') },
  // [ACC13] A workshop's facilitators: its facilitators see them and may remove the other one (here, the co-facilitator).
  'GET /api/workshops/:workshopId/facilitators': { expect: facilitators(200), request: (m) => get(`${ws(m)}/facilitators`) },
  'DELETE /api/workshops/:workshopId/facilitators/:memberId': {
    expect: facilitators(204),
    request: (m, s) => {
      const other = Object.values(s.members).find((x) => x.role === 'facilitator' && x.removedAt === null && x.id !== m.facilitator.memberId);
      return { method: 'DELETE', path: `${ws(m)}/facilitators/${other?.id ?? 'no-other-facilitator'}` };
    },
  },
  // The built client's pages (and its fallback for client-side routes): public; 503 where the client is not built.
  'GET /^\\/(?!api\\/|socket\\.io\\/|yjs\\/).*/': { expect: everyone([200, 503]), request: (m) => get(`/w/${m.workshopId}`) },
};
