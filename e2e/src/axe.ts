import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's own source, injected into the page under test (the package runs in the page, not in Node). */
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

/**
 * Regions inside tldraw's own canvas that we cannot change, each with the rules axe may not judge there and why.
 * Everything else on every page is checked with every rule axe runs by default (WCAG 2.2 A and AA and best practice),
 * and label-content-name-mismatch besides.
 */
const THIRD_PARTY_EXCLUSIONS: { selector: string; rules: string[]; why: string }[] = [];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now and fails, listing each violation with where it is, unless there are none.
 * `label` names the page state for the failure message ("console, grouping, 1280 px"). Takes ~0.2–1 s: call it at
 * distinct page states, not after every step.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  // Evaluated through the browser's debugging protocol, which our Content-Security-Policy (script-src 'self') allows.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (exclusions) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // label-content-name-mismatch (a control's name must contain its visible text, WCAG 2.5.3) is off by default in axe.
    const results = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    const excluded = (v: AxeViolation, target: unknown[]) =>
      exclusions.some(({ selector, rules }) => rules.includes(v.id) && target.some((t) => typeof t === 'string' && document.querySelector(t)?.closest(selector)));
    return results.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !excluded(v, n.target)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) }));
  }, THIRD_PARTY_EXCLUSIONS);
  if (violations.length === 0) return;
  const width = page.viewportSize()?.width;
  const lines = violations.map(
    (v) =>
      `- ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    at ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`)
        .join('\n'),
  );
  throw new Error(`axe found ${violations.length} kind(s) of violation on ${label}${width ? ` (${width} px)` : ''}:\n${lines.join('\n')}`);
}
