import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocument } from '@roundtable/shared/plan/planDocument';
import { buildProfile } from '@roundtable/shared/profile/profile';
import { reviewDocument } from '@roundtable/shared/review/reviewDocument';
import { darlingtonPlan } from '@roundtable/shared/testing/planDocumentSample';
import { sampleProfileState } from '@roundtable/shared/testing/profileStateBuilder';
import { darlingtonReview, SAMPLE_REVIEW_NOW } from '@roundtable/shared/testing/reviewDocumentSample';
import { docxText, pdfPages } from '../testing/extractText';
import { planDocx } from './planDocx';
import { profileDocx } from './profileDocx';
import { reviewDocx } from './reviewDocx';

/*
 * [EXP3] The Word documents as LibreOffice lays them out: each is converted to PDF by `soffice --headless` and every
 * word of its text must come out whole — a table column too narrow for a word would break it mid-word ("Acti" / "on").
 * CI (.ci/run installs LibreOffice) must run it: without soffice there it fails; elsewhere it is skipped, saying why.
 */

const run = promisify(execFile);

async function sofficeAvailable(): Promise<boolean> {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const AT = '2026-12-01T09:00:00.000Z';

async function documents(): Promise<Record<string, Buffer>> {
  const { plan } = darlingtonPlan();
  const draft = planDocument(plan.state, null, AT)!;
  plan.agree();
  const agreed = planDocument(plan.state, 1, AT)!;
  const review = darlingtonReview();
  return {
    'plan-draft': await planDocx(draft),
    'plan-agreed': await planDocx(agreed),
    profile: await profileDocx(buildProfile(sampleProfileState(), AT)),
    review: await reviewDocx(reviewDocument(review.plan.state, SAMPLE_REVIEW_NOW)!),
  };
}

/** A document's words (in lower case), split at spaces, hyphens and slashes, with the punctuation around them taken off. */
function words(text: string): string[] {
  return text
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.toLowerCase());
}

const soffice = await sofficeAvailable();
const HOW = 'install LibreOffice (apt-get install libreoffice-writer-nogui) to run it';

if (!soffice && process.env.CI) {
  describe('[EXP3] the Word documents in LibreOffice', () => {
    it('runs in CI', () => {
      throw new Error(`soffice is not on the PATH: CI must lay out the Word documents in LibreOffice (${HOW}).`);
    });
  });
} else if (!soffice) {
  console.warn(`docxInLibreOffice.test.ts skipped: soffice is not on the PATH; ${HOW}.`);
  describe('[EXP3] the Word documents in LibreOffice', () => {
    it.skip(`runs where soffice is on the PATH (${HOW})`, () => undefined);
  });
} else {
  describe('[EXP3] the Word documents in LibreOffice', () => {
    let dir = '';
    const converted = new Map<string, { docx: string; pdfPages: string[] }>();

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roundtable-docx-'));
      const files = await documents();
      for (const [name, body] of Object.entries(files)) await writeFile(join(dir, `${name}.docx`), body);
      // A profile of its own, so runs side by side never share LibreOffice's user settings or lock.
      const profile = pathToFileURL(join(dir, 'lo-profile')).href;
      await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(files).map((n) => join(dir, `${n}.docx`))], { timeout: 120_000 });
      for (const [name, body] of Object.entries(files)) {
        const pdf = await readFile(join(dir, `${name}.pdf`));
        converted.set(name, { docx: await docxText(body), pdfPages: await pdfPages(pdf) });
      }
    }, 180_000);

    afterAll(async () => {
      if (dir && !process.env.KEEP_LIBREOFFICE_PDFS) await rm(dir, { recursive: true, force: true });
      else if (dir) console.info(`LibreOffice's PDFs kept in ${dir}`);
    });

    it.each(['plan-draft', 'plan-agreed', 'profile', 'review'])('[EXP3] %s: every word of the document comes out whole, none broken across a line', (name) => {
      const { docx, pdfPages: pages } = converted.get(name)!;
      const whole = new Set(words(docx));
      // The page frame (running header and "Page X of Y") is not in the body text the document's words come from.
      const pageText = pages.join('\n').replace(/Page \d+ of \d+/g, '');
      const broken = [...new Set(words(pageText).filter((w) => !whole.has(w)))];
      expect(pages.length).toBeGreaterThan(0);
      expect(whole.size).toBeGreaterThan(100);
      expect(broken).toEqual([]);
    });
  });
}
