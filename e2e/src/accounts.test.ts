import type { AuthState } from '@roundtable/shared/accounts/accountRest';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addVirtualAuthenticator,
  admin,
  coFacilitator,
  invited,
  copyCredentials,
  credentialsOf,
  outsider,
  SSO_LABEL,
  startAccountsServer,
  workshop,
  type VirtualAuthenticator,
} from './accountsScenario';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, PHONE_VIEWPORT, DESKTOP_VIEWPORT } from './browser';
import { giveFacilitatorName, openConsoleView } from './consoleViews';
import { horizontalOverflow } from './horizontalOverflow';
import { ARTIFACTS_DIR, need, testRun } from './testRun';

/** Longest a change may take to show in another browser. */
const LIVE_WITHIN_MS = 15_000;

/**
 * Facilitator accounts in the browser, on a fresh server with single sign-on: the first administrator signs up through
 * the setup link with a passkey, makes a workshop and opens it on a second laptop holding the same passkey; signs out
 * and in; recovers on a phone with a code and adds that phone's passkey; a co-facilitator signs in with their
 * organisation's account and keeps their seat; the administrator disables that account and its console stops.
 */
describe('facilitator accounts: passkeys, single sign-on, My workshops and administration', () => {
  const run = testRun({ screenshots: 'failed-accounts-', startServer: startAccountsServer });
  const { url, page, openPage, pageErrors } = run;
  const authenticators = new Map<string, VirtualAuthenticator>();
  let recoveryCodes: string[] = [];
  let workshopPath = '';
  let coFacilitatorUrl = '';

  const menu = (on: Page, name: string) => on.getByRole('button', { name: `Account menu for ${name}`, exact: true });
  const authState = async (on: Page): Promise<AuthState> => (await on.request.get(`${url()}/api/auth/state`)).json() as Promise<AuthState>;

  async function openDevice(who: string): Promise<Page> {
    const device = await openPage(who, newDesktopContext(run.browser()));
    authenticators.set(who, await addVirtualAuthenticator(device));
    return device;
  }

  /** Desktop and 360-px screenshots of the page as it is, for people to look at; at 360 px nothing may scroll sideways. */
  async function screenshots(on: Page, name: string): Promise<void> {
    await on.screenshot({ path: `${ARTIFACTS_DIR}accounts-${name}-desktop.png`, fullPage: true });
    await expectNoAxeViolations(on, `the ${name} page`);
    await on.setViewportSize(PHONE_VIEWPORT);
    try {
      await expectNoAxeViolations(on, `the ${name} page`);
      const overflow = await horizontalOverflow(on);
      expect(overflow.scrollWidth, `${name} scrolls sideways at 360 px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
      await on.screenshot({ path: `${ARTIFACTS_DIR}accounts-${name}-phone.png`, fullPage: true });
    } finally {
      await on.setViewportSize(DESKTOP_VIEWPORT);
    }
  }

  async function signInWithPasskey(on: Page, name: string): Promise<void> {
    await on.goto(`${url()}/sign-in`);
    await on.getByRole('button', { name: 'Sign in with a passkey', exact: true }).click();
    const landed = on.getByRole('heading', { level: 1, name: 'My workshops' });
    const refused = on.locator('.form-error');
    await landed.or(refused).first().waitFor();
    if (await refused.isVisible()) throw new Error(`The passkey did not sign in: ${await refused.innerText()}`);
    await menu(on, name).waitFor();
  }

  async function signOut(on: Page, name: string): Promise<void> {
    await menu(on, name).click();
    await on.getByRole('button', { name: 'Sign out', exact: true }).click();
    await on.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor();
  }

  it('[ADM1] [ACC2] the setup link from the first start makes the first administrator, with a passkey and recovery codes shown once', async () => {
    const setupUrl = need((await run.server().setupUrl()) ?? undefined, 'The setup link in the server’s log');
    const laptop = await openDevice('laptop');
    await laptop.goto(`${url()}/sign-in`);
    await laptop.getByText('This server has no administrator yet.', { exact: false }).waitFor();
    await screenshots(laptop, 'sign-in');

    await laptop.goto(setupUrl);
    const form = laptop.getByRole('form', { name: 'Set up Roundtable' });
    await form.waitFor();
    await expect.poll(() => new URL(laptop.url()).hash, { message: 'the token leaves the address bar' }).toBe('');
    // Bad input is refused beside its field, and nothing is made.
    await form.getByLabel('Email address', { exact: true }).fill('not an address');
    await form.getByRole('button', { name: 'Create account with a passkey', exact: true }).click();
    await form.getByText('Your name is required.').waitFor();
    await form.getByText('Enter an email address, like name@example.org.').waitFor();
    expect(await credentialsOf(need(authenticators.get('laptop'), 'The laptop’s authenticator')), 'no passkey made for a refused form').toEqual([]);

    await form.getByLabel('Your name', { exact: true }).fill(admin.name);
    await form.getByLabel('Email address', { exact: true }).fill(admin.email);
    await form.getByLabel('Name for this passkey (optional)', { exact: true }).fill('Work laptop');
    await form.getByRole('button', { name: 'Create account with a passkey', exact: true }).click();
    const codes = laptop.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    recoveryCodes = (await codes.allInnerTexts()).map((c) => c.trim());
    expect(recoveryCodes.length).toBe(10);
    expect(await laptop.evaluate(() => document.activeElement?.textContent)).toBe('Your recovery codes');
    await screenshots(laptop, 'recovery-codes');
    const [download] = await Promise.all([laptop.waitForEvent('download'), laptop.getByRole('button', { name: 'Download as a text file' }).click()]);
    expect(download.suggestedFilename()).toBe('roundtable-recovery-codes.txt');

    await laptop.getByRole('button', { name: 'Continue to My workshops', exact: true }).click();
    await laptop.getByText('No workshops yet.', { exact: false }).waitFor();
    expect((await authState(laptop)).signedIn).toMatchObject({ displayName: admin.name, email: admin.email, role: 'admin' });
    expect((await credentialsOf(need(authenticators.get('laptop'), 'The laptop’s authenticator'))).length).toBe(1);
    // The setup link works once.
    const stranger = await openPage('stranger', newDesktopContext(run.browser()));
    await stranger.goto(setupUrl);
    await stranger.getByText('This server already has an administrator.', { exact: false }).waitFor();
  });

  it('[ACC14] [ACC10] [ACC11] a workshop made while signed in is in My workshops, and opens on a second laptop holding the same passkey', async () => {
    const laptop = page('laptop');
    await laptop.getByRole('button', { name: 'New workshop', exact: true }).click();
    const form = laptop.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill(workshop.title);
    await form.getByLabel('Area', { exact: true }).fill(workshop.area);
    await form.getByLabel('Facilitator name', { exact: true }).fill(workshop.facilitatorName);
    await form.getByRole('button', { name: 'Create workshop', exact: true }).click();
    await laptop.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    // A new workshop opens on its People and links (LIVE2); the workshop's own address is the live view's.
    workshopPath = new URL(laptop.url()).pathname.replace(/\/people$/, '');
    coFacilitatorUrl = await laptop.getByRole('textbox', { name: 'Send this to your co-facilitator', exact: true }).inputValue();
    const facilitators = laptop.getByRole('region', { name: 'Facilitators', exact: true });
    await facilitators.getByText('kept in an account').waitFor();
    expect(await facilitators.getByText('the facilitator link is its only key', { exact: false }).count(), 'no warning for a kept workshop').toBe(0);

    const second = await openDevice('second laptop');
    expect(await copyCredentials(need(authenticators.get('laptop'), 'The laptop’s authenticator'), need(authenticators.get('second laptop'), 'The second laptop’s'))).toBe(1);
    await signInWithPasskey(second, admin.name);
    const card = second.getByRole('article', { name: workshop.title });
    await card.getByText('Participants: 0 council, 0 third sector, 0 other').waitFor();
    await screenshots(second, 'my-workshops');
    await card.getByRole('link', { name: `Open ${workshop.title}`, exact: true }).click();
    await second.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    await second.getByRole('navigation', { name: 'Console views', exact: true }).waitFor();
    expect(new URL(second.url()).pathname).toBe(workshopPath);
  });

  it('[ACC7] signing out ends this device’s session; the passkey signs in again', async () => {
    const laptop = page('laptop');
    await laptop.goto(`${url()}/workshops`);
    await signOut(laptop, admin.name);
    expect((await authState(laptop)).signedIn).toBeNull();
    await laptop.goto(`${url()}/workshops`);
    await laptop.getByText('You are not signed in.').waitFor();
    // The second laptop signed in with the passkey since the laptop last did: it syncs first.
    await copyCredentials(need(authenticators.get('second laptop'), 'The second laptop’s authenticator'), need(authenticators.get('laptop'), 'The laptop’s'));
    await signInWithPasskey(laptop, admin.name);
    await laptop.getByRole('article', { name: workshop.title }).waitFor();

    // The account menu by keyboard: Enter opens it, Escape closes it and gives focus back to its button.
    await menu(laptop, admin.name).focus();
    await laptop.keyboard.press('Enter');
    await laptop.getByRole('link', { name: 'Administration', exact: true }).waitFor();
    await laptop.keyboard.press('Tab');
    await laptop.keyboard.press('Escape');
    await laptop.getByRole('link', { name: 'Administration', exact: true }).waitFor({ state: 'hidden' });
    expect(await menu(laptop, admin.name).evaluate((button) => button === document.activeElement)).toBe(true);
    // The home page, signed in, leads to My workshops.
    await laptop.goto(url());
    await laptop.getByRole('link', { name: 'Open My workshops', exact: true }).click();
    await laptop.getByRole('heading', { level: 1, name: 'My workshops' }).waitFor();
  });

  it('[ACC5] on a phone with no passkey, a recovery code signs in once; the phone’s own passkey is then added', async () => {
    const phone = await openDevice('phone');
    await phone.goto(`${url()}/sign-in`);
    const recovery = phone.getByRole('form', { name: 'Use a recovery code' });
    await recovery.getByLabel('Email address', { exact: true }).fill(admin.email);
    await recovery.getByLabel('Recovery code', { exact: true }).fill('AAAA-BBBB-CCCC');
    await recovery.getByRole('button', { name: 'Sign in with the code', exact: true }).click();
    await recovery.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    expect((await authState(phone)).signedIn, 'a wrong code signs no one in').toBeNull();

    const code = need(recoveryCodes[0], 'A recovery code');
    await recovery.getByLabel('Recovery code', { exact: true }).fill(code);
    await recovery.getByRole('button', { name: 'Sign in with the code', exact: true }).click();
    await phone.getByText('Add a new passkey on this device now', { exact: false }).waitFor();
    const passkeys = phone.getByRole('region', { name: 'Passkeys', exact: true });
    await phone.getByText('9 unused recovery codes left.').waitFor();
    const add = passkeys.getByRole('form', { name: 'Add a passkey' });
    await add.getByLabel('Name for this passkey (optional)', { exact: true }).fill('Phone');
    await add.getByRole('button', { name: 'Add a passkey', exact: true }).click();
    await passkeys.getByText('Passkey “Phone” added.').waitFor();
    await expect.poll(() => passkeys.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Work laptop'), expect.stringContaining('Phone')]);
    await screenshots(phone, 'account');

    // The code is used up: it does not sign in a second time.
    await signOut(phone, admin.name);
    await phone.goto(`${url()}/sign-in`);
    await recovery.getByLabel('Email address', { exact: true }).fill(admin.email);
    await recovery.getByLabel('Recovery code', { exact: true }).fill(code);
    await recovery.getByRole('button', { name: 'Sign in with the code', exact: true }).click();
    await recovery.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    expect((await authState(phone)).signedIn).toBeNull();
    // The phone's own passkey signs in.
    await signInWithPasskey(phone, admin.name);
  });

  it('[ACC7] new recovery codes replace the old; signing out everywhere ends every device’s session: a page left open finds itself signed out', async () => {
    const phone = page('phone');
    await phone.goto(`${url()}/account`);
    // [ACC5] New recovery codes first: shown once, and the count is whole again.
    await phone.getByText('9 unused recovery codes left.').waitFor();
    await phone.getByRole('button', { name: 'Make new recovery codes', exact: true }).click();
    await phone.getByRole('button', { name: 'Yes, make new codes', exact: true }).click();
    const freshCodes = phone.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await freshCodes.first().waitFor();
    const fresh = await freshCodes.allInnerTexts();
    expect(fresh.length).toBe(10);
    expect(fresh.filter((code) => recoveryCodes.includes(code.trim())), 'none of the old codes').toEqual([]);
    await phone.getByRole('button', { name: 'I have saved them', exact: true }).click();
    await phone.getByText('10 unused recovery codes left.').waitFor();

    await phone.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await phone.getByRole('button', { name: 'Yes, sign out everywhere', exact: true }).click();
    await phone.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // The second laptop still shows the account in its header until its next request is refused.
    const second = page('second laptop');
    await menu(second, admin.name).click();
    await second.getByRole('link', { name: 'Account', exact: true }).click();
    await second.getByText('You are not signed in.').waitFor();
    await second.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor();
    expect((await authState(page('laptop'))).signedIn, 'the laptop too').toBeNull();
    await signInWithPasskey(page('laptop'), admin.name);
  });

  it('[ADM2] [ADM3] the administrator lets the allowed organisation sign up by single sign-on, and makes an invitation link', async () => {
    const laptop = page('laptop');
    await menu(laptop, admin.name).click();
    await laptop.getByRole('link', { name: 'Administration', exact: true }).click();
    const settings = laptop.getByRole('form', { name: 'Who may sign up' });
    await settings.getByRole('radio', { name: 'People from the allowed organisations, through their organisation’s sign-in', exact: true }).check();
    await settings.getByRole('button', { name: 'Save settings', exact: true }).click();
    await settings.getByText('Settings saved.').waitFor();
    expect((await authState(laptop)).signUp).toBe('sso-domain');
    const invitations = laptop.getByRole('region', { name: 'Invitations', exact: true });
    await invitations.getByRole('button', { name: 'Make an invitation link', exact: true }).click();
    const invitationUrl = await invitations.getByRole('textbox', { name: 'The new invitation link', exact: true }).inputValue();
    expect(invitationUrl).toMatch(/\/sign-up#invitation=[A-Za-z0-9_-]{20,}$/);
    await screenshots(laptop, 'admin');

    // The invitation link signs someone up with a passkey, although sign-up is otherwise by single sign-on only.
    const inviteePage = await openDevice('invitee');
    await inviteePage.goto(`${url()}/sign-up`);
    await inviteePage.getByText('New accounts on this server come through your organisation’s sign-in.').waitFor();
    await inviteePage.goto('about:blank');
    await inviteePage.goto(invitationUrl);
    const form = inviteePage.getByRole('form', { name: 'Create your account' });
    await form.getByText('You have been invited.', { exact: false }).waitFor();
    await form.getByLabel('Your name', { exact: true }).fill(invited.name);
    await form.getByLabel('Email address', { exact: true }).fill(invited.email);
    await form.getByRole('button', { name: 'Create account with a passkey', exact: true }).click();
    await inviteePage.getByRole('list', { name: 'Recovery codes' }).waitFor();
    expect((await authState(inviteePage)).signedIn).toMatchObject({ displayName: invited.name, role: 'member' });
    await laptop.reload();
    await laptop.getByRole('region', { name: 'Invitations', exact: true }).getByText(/^used /).waitFor();
  });

  it('[SSO5] [ACC16] someone outside the allowed organisations is turned away in words', async () => {
    const visitor = await openPage('outsider', newDesktopContext(run.browser()));
    await visitor.goto(`${url()}/sign-in`);
    await visitor.getByRole('link', { name: SSO_LABEL, exact: true }).click();
    await visitor.getByLabel('Email address').fill(outsider.email);
    await visitor.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visitor.getByText('Your email address is not one of the organisations allowed to sign in here.', { exact: false }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    expect((await authState(visitor)).signedIn).toBeNull();
  });

  it('[SSO1] [ACC16] [ACC12] a co-facilitator opens their link, signs in with their organisation’s account and keeps the seat', async () => {
    const co = await openPage('co-facilitator', newDesktopContext(run.browser()));
    await co.goto(coFacilitatorUrl);
    await giveFacilitatorName(co, { name: coFacilitator.name, organisation: 'Northshire Council', sectorLabel: 'Local council' });
    await openConsoleView(co, 'People and links');
    const facilitators = co.getByRole('region', { name: 'Facilitators', exact: true });
    await facilitators.getByText('the facilitator link is its only key', { exact: false }).waitFor();
    await facilitators.screenshot({ path: `${ARTIFACTS_DIR}accounts-console-facilitators-desktop.png` });
    await facilitators.getByRole('link', { name: 'Sign in to keep it', exact: true }).click();
    await co.getByRole('link', { name: SSO_LABEL, exact: true }).click();
    await co.getByLabel('Email address').fill(coFacilitator.email);
    await co.getByRole('button', { name: 'Sign in', exact: true }).click();
    await co.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    expect(new URL(co.url()).pathname, 'back where the sign-in began').toBe(`${workshopPath}/people`);
    await facilitators.getByRole('button', { name: 'Keep in my account', exact: true }).click();
    await facilitators.getByText('Kept in your account', { exact: false }).waitFor();
    await co.goto(`${url()}/workshops`);
    await co.getByRole('article', { name: workshop.title }).waitFor();
    await co.getByRole('link', { name: `Open ${workshop.title}`, exact: true }).click();
    await co.getByRole('navigation', { name: 'Console views', exact: true }).waitFor();

    const lead = page('laptop');
    await lead.goto(`${url()}${workshopPath}/people`);
    const leadsList = lead.getByRole('region', { name: 'Facilitators', exact: true });
    await expect
      .poll(() => leadsList.getByRole('listitem').allInnerTexts(), { timeout: LIVE_WITHIN_MS })
      .toEqual([expect.stringMatching(new RegExp(`${admin.name}.*kept in an account`, 's')), expect.stringMatching(/kept in an account/)]);
  });

  it('[ADM4] [ADM5] the administrator disables the co-facilitator’s account: its open console stops working at once', async () => {
    const lead = page('laptop');
    const co = page('co-facilitator');
    await lead.goto(`${url()}/admin`);
    const accounts = lead.getByRole('region', { name: 'Accounts', exact: true });
    const disable = accounts.getByRole('button', { name: new RegExp(`^Disable ${coFacilitator.name}`) });
    await disable.click();
    await accounts.getByRole('button', { name: 'Yes, disable', exact: true }).click();
    await accounts.getByText(`${coFacilitator.name} is disabled and signed out everywhere.`).waitFor();
    // The co-facilitator's console, still open, is cut off: it says so rather than carrying on.
    await co.getByRole('alert').filter({ hasText: 'You are not in this workshop' }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await co.getByRole('navigation', { name: 'Console views' }).count(), 'the console is gone').toBe(0);
    expect((await authState(co)).signedIn).toBeNull();
    await co.goto(`${url()}/workshops`);
    await co.getByText('You are not signed in.').waitFor();

    // Enabled again, the account signs in again (its old sessions stay ended).
    await accounts.getByRole('button', { name: `Enable ${coFacilitator.name}`, exact: true }).click();
    await accounts.getByText(`${coFacilitator.name} can sign in again.`).waitFor();
    expect((await authState(co)).signedIn).toBeNull();
  });

  it('[ACC13] the lead facilitator removes the other facilitator, after a confirmation', async () => {
    const lead = page('laptop');
    await lead.goto(`${url()}${workshopPath}/people`);
    const facilitators = lead.getByRole('region', { name: 'Facilitators', exact: true });
    // The co-facilitator's seat carries the name they gave on first opening their link (LIVE4).
    await facilitators.getByRole('button', { name: `Remove facilitator ${coFacilitator.name}`, exact: true }).click();
    await facilitators.getByRole('button', { name: 'Yes, remove', exact: true }).click();
    await facilitators.getByText(`${coFacilitator.name} is no longer a facilitator.`).waitFor();
    await expect.poll(() => facilitators.getByRole('listitem').count(), { timeout: LIVE_WITHIN_MS }).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
