import type {
  AccountDetails,
  AdminAccount,
  AuthState,
  CreatedInvitation,
  DeviceSession,
  InstanceSettings,
  Invitation,
  MyWorkshop,
  NewInvitationBody,
  PasskeyChallenge,
  PasskeySignUpBody,
  PasskeySummary,
  PasskeyVerifyBody,
  RecoveryBody,
  RecoveryCodes,
  SignedIn,
  SignedUp,
  WorkshopFacilitator,
} from '@roundtable/shared/accounts/accountRest';
import { request, requestNoContent, type Fetch } from './restClient';

const seg = encodeURIComponent;

/**
 * The account calls of shared/src/accounts/accountRest.ts, made as the REST client makes its own: every call resolves
 * with the body or a RestFailure. The cookie is the account's session (same-origin), never a bearer token.
 */
export function createAccountClient(fetchFn: Fetch = (input, init) => fetch(input, init)) {
  return {
    authState: () => request<AuthState>(fetchFn, 'GET', '/api/auth/state'),
    signUpOptions: (body: PasskeySignUpBody) => request<PasskeyChallenge>(fetchFn, 'POST', '/api/auth/passkeys/register/options', { body }),
    signUpVerify: (body: PasskeyVerifyBody) => request<SignedUp>(fetchFn, 'POST', '/api/auth/passkeys/register/verify', { body }),
    signInOptions: () => request<PasskeyChallenge>(fetchFn, 'POST', '/api/auth/passkeys/sign-in/options', { body: {} }),
    signInVerify: (body: PasskeyVerifyBody) => request<SignedIn>(fetchFn, 'POST', '/api/auth/passkeys/sign-in/verify', { body }),
    recover: (body: RecoveryBody) => request<SignedIn>(fetchFn, 'POST', '/api/auth/recovery', { body }),
    signOut: () => requestNoContent(fetchFn, 'POST', '/api/auth/sign-out'),

    account: () => request<AccountDetails>(fetchFn, 'GET', '/api/account'),
    addPasskeyOptions: () => request<PasskeyChallenge>(fetchFn, 'POST', '/api/account/passkeys/options', { body: {} }),
    addPasskeyVerify: (body: PasskeyVerifyBody) => request<PasskeySummary>(fetchFn, 'POST', '/api/account/passkeys/verify', { body }),
    removePasskey: (passkeyId: string) => requestNoContent(fetchFn, 'DELETE', `/api/account/passkeys/${seg(passkeyId)}`),
    regenerateRecoveryCodes: () => request<RecoveryCodes>(fetchFn, 'POST', '/api/account/recovery-codes', { body: {} }),
    sessions: () => request<{ sessions: DeviceSession[] }>(fetchFn, 'GET', '/api/account/sessions'),
    endSession: (sessionId: string) => requestNoContent(fetchFn, 'DELETE', `/api/account/sessions/${seg(sessionId)}`),
    signOutEverywhere: () => requestNoContent(fetchFn, 'POST', '/api/account/sessions/sign-out-everywhere'),
    myWorkshops: () => request<{ workshops: MyWorkshop[] }>(fetchFn, 'GET', '/api/account/workshops'),
    keepWorkshop: (workshopId: string) => request<MyWorkshop>(fetchFn, 'POST', `/api/account/workshops/${seg(workshopId)}/keep`, { body: {} }),

    facilitators: (workshopId: string) =>
      request<{ facilitators: WorkshopFacilitator[] }>(fetchFn, 'GET', `/api/workshops/${seg(workshopId)}/facilitators`),
    removeFacilitator: (workshopId: string, memberId: string) =>
      requestNoContent(fetchFn, 'DELETE', `/api/workshops/${seg(workshopId)}/facilitators/${seg(memberId)}`),

    settings: () => request<InstanceSettings>(fetchFn, 'GET', '/api/admin/settings'),
    saveSettings: (body: InstanceSettings) => request<InstanceSettings>(fetchFn, 'PUT', '/api/admin/settings', { body }),
    invitations: () => request<{ invitations: Invitation[] }>(fetchFn, 'GET', '/api/admin/invitations'),
    invite: (body: NewInvitationBody) => request<CreatedInvitation>(fetchFn, 'POST', '/api/admin/invitations', { body }),
    revokeInvitation: (invitationId: string) => requestNoContent(fetchFn, 'DELETE', `/api/admin/invitations/${seg(invitationId)}`),
    accounts: () => request<{ accounts: AdminAccount[] }>(fetchFn, 'GET', '/api/admin/accounts'),
    disableAccount: (accountId: string) => request<AdminAccount>(fetchFn, 'POST', `/api/admin/accounts/${seg(accountId)}/disable`, { body: {} }),
    enableAccount: (accountId: string) => request<AdminAccount>(fetchFn, 'POST', `/api/admin/accounts/${seg(accountId)}/enable`, { body: {} }),
  };
}

export type AccountClient = ReturnType<typeof createAccountClient>;

/** Where single sign-on with a provider starts; `returnTo` is where the callback lands (a path of this site). */
export function ssoStartUrl(providerId: string, returnTo: string): string {
  return `/api/auth/sso/${seg(providerId)}/start?returnTo=${seg(returnTo)}`;
}
