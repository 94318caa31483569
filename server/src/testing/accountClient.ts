import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { PasskeyChallenge, SignedIn, SignedUp } from '@roundtable/shared/accounts/accountRest';
import type { AccountStore } from '../accounts/accountStore';
import { prepareSetupLink } from '../accounts/setupLink';
import { SoftAuthenticator } from './softAuthenticator';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the response's shape
  body: any;
  headers: Headers;
}

/**
 * One browser, for tests of the account routes: a cookie jar, our own Origin on every request that changes
 * something (as a browser on our pages sends it), and a software authenticator holding its passkeys.
 */
export class AccountBrowser {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly authenticator = new SoftAuthenticator(baseUrl),
    readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    /** The origin of the page the requests come from (PUBLIC_URL's, behind a proxy); by default the server's own. */
    readonly pageOrigin = authenticator.origin,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        'user-agent': this.userAgent,
        ...(method === 'GET' ? {} : { origin: this.pageOrigin }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size > 0 ? { cookie: this.cookieHeader() } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const gone = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value.join('=') === '';
      if (gone) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
  delete = (path: string) => this.request('DELETE', path);

  /** Sign-up options, the authenticator's new passkey, and the verify request; the verify answer. */
  async signUp(details: { displayName: string; email: string; setupToken?: string; invitationToken?: string }, passkeyName?: string): Promise<Answer & { body: SignedUp }> {
    const options = await this.post('/api/auth/passkeys/register/options', details);
    if (options.status !== 200) return options;
    const challenge = options.body as PasskeyChallenge;
    const response = this.authenticator.create(challenge.options as unknown as PublicKeyCredentialCreationOptionsJSON);
    return this.post('/api/auth/passkeys/register/verify', { flowId: challenge.flowId, response, ...(passkeyName ? { passkeyName } : {}) });
  }

  async signIn(over: Parameters<SoftAuthenticator['get']>[1] = {}): Promise<Answer & { body: SignedIn }> {
    const options = await this.post('/api/auth/passkeys/sign-in/options', {});
    const challenge = options.body as PasskeyChallenge;
    const response = this.authenticator.get(challenge.options as unknown as PublicKeyCredentialRequestOptionsJSON, over);
    return this.post('/api/auth/passkeys/sign-in/verify', { flowId: challenge.flowId, response });
  }

  async addPasskey(name: string): Promise<Answer> {
    const options = await this.post('/api/account/passkeys/options', {});
    if (options.status !== 200) return options;
    const challenge = options.body as PasskeyChallenge;
    const response = this.authenticator.create(challenge.options as unknown as PublicKeyCredentialCreationOptionsJSON);
    return this.post('/api/account/passkeys/verify', { flowId: challenge.flowId, response, passkeyName: name });
  }
}

/** The setup token a fresh server would print in its log (the test stands in for whoever reads the log). */
export async function setupTokenOf(accounts: AccountStore, baseUrl: string): Promise<string> {
  const link = await prepareSetupLink(accounts, baseUrl);
  if (!link) throw new Error('this instance has an administrator already');
  return new URL(link).hash.replace('#token=', '');
}

/** An administrator signed in on a browser of their own, on a fresh instance. */
export async function firstAdministrator(
  baseUrl: string,
  accounts: AccountStore,
  email = 'admin@example.org',
  browser = new AccountBrowser(baseUrl),
): Promise<{ browser: AccountBrowser; accountId: string; recoveryCodes: string[] }> {
  const answer = await browser.signUp({ displayName: 'Ada Admin', email, setupToken: await setupTokenOf(accounts, baseUrl) });
  if (answer.status !== 201) throw new Error(`first administrator: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { browser, accountId: answer.body.account.accountId, recoveryCodes: answer.body.recoveryCodes };
}

/** A member who signed up through an invitation the administrator made. */
export async function invitedMember(admin: AccountBrowser, email: string, displayName = 'Fran Facilitator'): Promise<{ browser: AccountBrowser; accountId: string; recoveryCodes: string[] }> {
  const invitation = await admin.post('/api/admin/invitations', { email });
  if (invitation.status !== 201) throw new Error(`invitation: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const browser = new AccountBrowser(admin.baseUrl);
  const token = new URL(invitation.body.url as string).hash.replace('#invitation=', '');
  const answer = await browser.signUp({ displayName, email, invitationToken: token });
  if (answer.status !== 201) throw new Error(`sign-up: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { browser, accountId: answer.body.account.accountId, recoveryCodes: answer.body.recoveryCodes };
}
