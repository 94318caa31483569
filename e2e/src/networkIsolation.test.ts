import { describe, expect, it } from 'vitest';
import { newDesktopContext, newPhoneContext } from './browser';
import { openConsoleView } from './consoleViews';
import { describeAttempts, foreignReferencesIn } from './networkIsolation';
import { need, testRun } from './testRun';

/** Longest a live change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;

const workshop = { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Fiona Fairweather' };
const participant = { name: 'Tanya Thwaite', organisation: 'Darlington CVS', sectorLabel: 'Third sector – voluntary & community' };
const SESSIONS = [
  'Session 1: Experiences and local drivers',
  'Session 2: Benefits and difficult aspects',
  'Session 3: Obstacles, the partnership profile and draft objectives',
  'Session 4: Objectives and the action plan',
  'Session 5: Review, key learning and feedback',
] as const;

/**
 * [WALLV4] Roundtable works in a room with no internet: no page asks any host but the app's own for anything.
 * Every browser context here is isolated (see networkIsolation.ts); a request to another host fails the test.
 */
describe('[WALLV4] every page of the app loads and works with requests to every other host blocked', () => {
  const run = testRun({ screenshots: 'failed-network-' });
  const { page, pages, pageErrors, isolations, openIsolatedPage } = run;
  /** Every page the tour opened, with what the page holds that points at another host. */
  const visited: { what: string; url: string; references: string[] }[] = [];
  let joinCode = '';

  /** Lets the page finish loading what it shows, then notes what it references. */
  async function visit(who: string, what: string): Promise<void> {
    const on = page(who);
    await on.waitForLoadState('networkidle');
    visited.push({ what, url: on.url(), references: await foreignReferencesIn(on, run.url()) });
  }

  it('the recorder catches a planted request, font, WebSocket and preconnect to other hosts, and lets the app’s own through', async () => {
    const url = run.url();
    const probe = await openIsolatedPage('probe', newDesktopContext(run.browser()));
    // A page of the app's origin without the app's content security policy (which would stop these in the page
    // before they reach the network): the recorder must catch them on its own.
    await probe.goto(`${url}/api/health`);
    const app = new URL(url);
    // The same server under another name for this machine: a browser treats it as another host, and so must this.
    const sameServerOtherName = `${app.protocol}//${app.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${app.port}/api/health`;
    const planted = await probe.evaluate(
      async ({ sameServerOtherName }) => {
        const outcome = async (request: Promise<Response>) =>
          request.then(
            (r) => `answered ${r.status}`,
            () => 'failed',
          );
        const font = new FontFace('Planted', 'url(https://fonts.gstatic.com/s/planted.woff2)');
        const fontLoaded = font.load().then(
          () => 'loaded',
          () => 'failed',
        );
        const image = new Image();
        const imageLoaded = new Promise<string>((resolve) => {
          image.onload = () => resolve('loaded');
          image.onerror = () => resolve('failed');
        });
        image.src = 'https://cdn.tldraw.com/5.4.2/icons/icon/0_merged.svg';
        const socketClosed = new Promise<string>((resolve) => {
          const socket = new WebSocket('wss://sync.example.com/connect');
          socket.onopen = () => socket.close();
          socket.onclose = (event) => resolve(`closed ${event.code}`);
        });
        const hint = document.createElement('link');
        hint.rel = 'preconnect';
        hint.href = 'https://fonts.googleapis.com';
        document.head.append(hint);
        return {
          foreignFetch: await outcome(fetch('https://fonts.googleapis.com/css2?family=Inter')),
          otherName: await outcome(fetch(sameServerOtherName)),
          ownFetch: await outcome(fetch('/api/health')),
          font: await fontLoaded,
          image: await imageLoaded,
          socket: await socketClosed,
        };
      },
      { sameServerOtherName },
    );

    expect(planted, 'every foreign request is stopped in the browser; the app’s own is answered').toEqual({
      foreignFetch: 'failed',
      otherName: 'failed',
      ownFetch: expect.stringMatching(/^answered /),
      font: 'failed',
      image: 'failed',
      socket: 'closed 4000',
    });
    const recorded = need(isolations.get('probe'), 'The probe’s recorder').foreign;
    expect(recorded.map((a) => `${a.kind} ${a.url}`).sort()).toEqual(
      [
        'request https://fonts.googleapis.com/css2?family=Inter',
        `request ${sameServerOtherName}`,
        'request https://fonts.gstatic.com/s/planted.woff2',
        'request https://cdn.tldraw.com/5.4.2/icons/icon/0_merged.svg',
        'websocket wss://sync.example.com/connect',
      ].sort(),
    );
    expect(await foreignReferencesIn(probe, url), 'the preconnect hint, which makes no request Playwright sees').toEqual(['link[rel=preconnect] href: https://fonts.googleapis.com/']);
    await probe.context().close();
    isolations.delete('probe');
    pages.delete('probe');
  });

  it('home: the facilitator creates a workshop', async () => {
    const lead = await openIsolatedPage('facilitator', newDesktopContext(run.browser()));
    await lead.goto(run.url());
    await visit('facilitator', 'home');
    const form = lead.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill(workshop.title);
    await form.getByLabel('Area', { exact: true }).fill(workshop.area);
    await form.getByLabel('Facilitator name', { exact: true }).fill(workshop.facilitatorName);
    await form.getByRole('button', { name: 'Create workshop', exact: true }).click();
    joinCode = (await lead.getByTestId('join-code').innerText()).trim();
    await visit('facilitator', "facilitator console's people and links");
    await lead.getByRole('button', { name: 'Show on wall', exact: true }).click();
    await visit('facilitator', 'join code on the wall');
    await lead.getByRole('button', { name: 'Close wall view', exact: true }).click();
  });

  it('join: a participant opens the QR code’s link on a phone and joins', async () => {
    const phone = await openIsolatedPage('participant', newPhoneContext(run.browser()));
    await phone.goto(`${run.url()}/?code=${encodeURIComponent(joinCode)}`);
    await visit('participant', 'join (from the QR code)');
    const form = phone.getByRole('form', { name: 'Join a workshop' });
    await form.getByLabel('Your name', { exact: true }).fill(participant.name);
    await form.getByLabel('Organisation', { exact: true }).fill(participant.organisation);
    await form.getByRole('radio', { name: participant.sectorLabel, exact: true }).check();
    await form.getByRole('button', { name: 'Join', exact: true }).click();
    await phone.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    await visit('participant', 'participant view');
  });

  it('each session in turn, in the console and on the phone: boards, a card, the plan', async () => {
    const lead = page('facilitator');
    const phone = page('participant');
    for (const [i, session] of SESSIONS.entries()) {
      await openConsoleView(lead, 'Sessions');
      const heading = lead.getByRole('button', { name: session, exact: true });
      if ((await heading.getAttribute('aria-expanded')) !== 'true') await heading.click();
      // Only this session and the current one are expanded; this one has "Make current" unless it already is (the first may start so).
      const makeCurrent = lead.getByRole('article').filter({ has: heading }).getByRole('button', { name: 'Make current', exact: true });
      if ((await makeCurrent.count()) > 0) await makeCurrent.click();
      await phone.getByText(session).first().waitFor({ timeout: LIVE_WITHIN_MS });
      await visit('facilitator', `console's sessions, session ${i + 1}`);
      await openConsoleView(lead, 'Live');
      await visit('facilitator', `console, session ${i + 1}`);
      await visit('participant', `participant view, session ${i + 1}`);

      if (i === 1) {
        // A live board: brought to the phone, opened, and a card added.
        const board = 'Benefits of partnership working';
        await lead.getByRole('region', { name: 'Live boards: session 2' }).getByRole('button', { name: new RegExp(`^${board}`) }).click();
        const settings = lead.getByRole('form', { name: 'Settings' });
        await settings.getByRole('radio', { name: /^Open:/ }).check();
        await settings.getByRole('button', { name: 'Save settings' }).click();
        await settings.getByText('Settings saved.').waitFor({ timeout: LIVE_WITHIN_MS });
        await lead.getByRole('button', { name: 'Bring everyone here', exact: true }).click();
        await lead.getByRole('button', { name: 'Next: Contribute', exact: true }).click();
        await phone.getByRole('heading', { level: 2, name: board }).waitFor({ timeout: LIVE_WITHIN_MS });
        await phone.getByLabel('Your card', { exact: true }).fill('Volunteers reach people the council cannot');
        await phone.getByRole('button', { name: 'Add card', exact: true }).click();
        await lead.getByTestId('card').filter({ hasText: 'Volunteers reach people the council cannot' }).waitFor({ timeout: LIVE_WITHIN_MS });
        await visit('facilitator', 'console, a live board with a card');
        await visit('participant', 'participant view, a live board');
        // Back to the list, so the phone follows the current session from here on rather than this board.
        await phone.getByRole('button', { name: /All boards of this session/ }).or(phone.getByRole('link', { name: /All boards of this session/ })).click();
      }
      if (i === 3) {
        await openConsoleView(lead, 'Plan and review');
        const plan = lead.getByRole('region', { name: 'Action plan', exact: true });
        await plan.getByRole('textbox', { name: 'New objective', exact: true }).fill('To develop new and improved ways of communicating between the sectors');
        await plan.getByRole('button', { name: 'Add objective', exact: true }).click();
        await phone.getByRole('region', { name: 'Action plan', exact: true }).getByText('To develop new and improved ways of communicating between the sectors').waitFor({ timeout: LIVE_WITHIN_MS });
        await visit('facilitator', 'console, the action plan');
        await visit('participant', 'participant view, the action plan');

        const share = plan.getByRole('region', { name: 'Share the agreed plan' });
        await share.getByRole('button', { name: 'Make a link', exact: true }).click();
        const shareUrl = await share.getByRole('textbox', { name: 'The new link for sponsors', exact: true }).inputValue();
        const sponsor = await openIsolatedPage('sponsor', newDesktopContext(run.browser()));
        await sponsor.goto(shareUrl);
        await sponsor.getByText('This plan has not been agreed yet.', { exact: false }).waitFor();
        await visit('sponsor', 'sponsor page');
      }
      if (i === 4) {
        await openConsoleView(lead, 'Survey');
        await visit('facilitator', "console's survey");
      }
    }
  });

  it('the account pages, signed out', async () => {
    const visitor = await openIsolatedPage('visitor', newDesktopContext(run.browser()));
    const shows: [path: string, text: string][] = [
      ['/sign-in', 'Sign in with a passkey'],
      ['/sign-up', 'Create your account'],
      ['/setup', 'Set up Roundtable'],
      ['/workshops', 'You are not signed in.'],
      ['/account', 'You are not signed in.'],
      ['/admin', 'You are not signed in.'],
    ];
    for (const [path, text] of shows) {
      await visitor.goto(`${run.url()}${path}`);
      await visitor.getByText(text, { exact: true }).first().waitFor();
      await visit('visitor', `account page ${path}`);
    }
  });

  it('the programme pages, signed out', async () => {
    const visitor = await openIsolatedPage('programme visitor', newDesktopContext(run.browser()));
    for (const path of ['/programmes', '/programmes/join', '/programmes/some-programme']) {
      await visitor.goto(`${run.url()}${path}`);
      await visitor.getByText('You are not signed in.', { exact: true }).first().waitFor();
      await visit('programme visitor', `programme page ${path}`);
    }
  });

  it('a page that does not exist', async () => {
    const stranger = await openIsolatedPage('stranger', newPhoneContext(run.browser()));
    await stranger.goto(`${run.url()}/no/such/page`);
    await stranger.getByText('There is no page at this address.').waitFor();
    await visit('stranger', 'not found');
  });

  it('no page attempted a request to another host, or holds a reference to one; each loaded its scripts from the app', () => {
    expect(visited.length, 'pages visited').toBeGreaterThanOrEqual(14);
    for (const [who, isolation] of isolations) {
      expect(describeAttempts(isolation.foreign), `${who}'s requests to other hosts`).toBe('none');
      expect(isolation.own.filter((r) => r.resourceType === 'script').length, `${who}'s pages load the app's scripts through the recorder`).toBeGreaterThan(0);
    }
    expect(visited.filter((v) => v.references.length > 0)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
