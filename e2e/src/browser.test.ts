import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compatibleSparticuzFlags } from './browser';
import { connectSharedBrowser } from './sharedRun';

describe('the test browser', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await connectSharedBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('holds several isolated contexts, and survives one of them closing', async () => {
    if (!browser) throw new Error('The browser did not launch.');
    const contexts = await Promise.all([1, 2, 3].map(() => browser!.newContext()));
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    await Promise.all(pages.map((page, i) => page.setContent(`<p>person ${i}</p>`)));
    await contexts[0]!.addCookies([{ name: 'who', value: 'first', url: 'http://localhost/' }]);

    // `--single-process` (in sparticuz's flags) made this close take the whole browser down.
    await contexts[1]!.close();
    const later = await browser.newContext();
    const laterPage = await later.newPage();
    await laterPage.setContent('<p>later</p>');

    expect(await pages[2]!.textContent('p')).toBe('person 2');
    expect(await contexts[2]!.cookies()).toEqual([]);
    expect(await contexts[0]!.cookies()).toHaveLength(1);
    expect(await laterPage.textContent('p')).toBe('later');
    await Promise.all([contexts[0]!.close(), contexts[2]!.close(), later.close()]);
  });

  it('drops the sparticuz flags that would change what is being tested', () => {
    const kept = compatibleSparticuzFlags([
      '--single-process',
      "--headless='shell'",
      '--disable-web-security',
      '--disable-features=AudioServiceOutOfProcess',
      '--use-gl=angle',
      '--no-zygote',
      '--font-render-hinting=none',
    ]);
    expect(kept).toEqual(['--no-zygote', '--font-render-hinting=none']);
  });
});
