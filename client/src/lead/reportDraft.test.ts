import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS } from '@roundtable/shared/review/progressLimits';
import { describe, expect, it } from 'vitest';
import { checkReport, draftFromReport, placeServerErrors, type EvidenceRow, type ReportDraft } from './reportDraft';

const row = (key: string, text: string, url = ''): EvidenceRow => ({ key, text, url });
const draft = (over: Partial<ReportDraft> = {}): ReportDraft => ({ status: 'on_track', note: 'Met twice.', evidence: [], ...over });

describe("a lead's report before it is sent", () => {
  it('is sent trimmed, with empty evidence rows dropped and a missing link as null', () => {
    const checked = checkReport(draft({ note: '  Met twice. ', evidence: [row('r1', ' Minutes ', ' https://example.org/m '), row('r2', '', ' '), row('r3', 'Launch held')] }));
    expect(checked).toEqual({
      ok: true,
      report: {
        status: 'on_track',
        note: 'Met twice.',
        evidence: [
          { text: 'Minutes', url: 'https://example.org/m' },
          { text: 'Launch held', url: null },
        ],
      },
      rowKeys: ['r1', 'r3'],
    });
  });

  it('needs a status', () => {
    const checked = checkReport(draft({ status: null }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.status).toBe('missing');
  });

  it('[REV6] takes a piece of evidence as a sentence, a link or both', () => {
    const checked = checkReport(draft({ evidence: [row('a', '', ' https://example.org/a '), row('b', 'Launch held'), row('c', 'Minutes', 'http://example.org/m')] }));
    expect(checked.ok && checked.report.evidence).toEqual([
      { text: '', url: 'https://example.org/a' },
      { text: 'Launch held', url: null },
      { text: 'Minutes', url: 'http://example.org/m' },
    ]);
  });

  it('[REV6] says which evidence needs a web address or fewer characters', () => {
    const checked = checkReport(
      draft({
        evidence: [
          row('data', '', 'data:text/html,hi'),
          row('script', 'Report', 'javascript:alert(1)'),
          row('long-text', 'x'.repeat(EVIDENCE_TEXT_MAX_CHARS + 1)),
          row('long-url', 'Report', `https://example.org/${'x'.repeat(EVIDENCE_URL_MAX_CHARS)}`),
          row('fine', 'Report', 'http://example.org'),
        ],
      }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.rows).toEqual({
      data: { url: 'notWeb' },
      script: { url: 'notWeb' },
      'long-text': { text: 'tooLong' },
      'long-url': { url: 'tooLong' },
    });
  });

  it('[REV6] keeps the note and the number of pieces of evidence within what the server takes', () => {
    expect(checkReport(draft({ note: 'x'.repeat(PROGRESS_NOTE_MAX_CHARS) })).ok).toBe(true);
    const long = checkReport(draft({ note: 'x'.repeat(PROGRESS_NOTE_MAX_CHARS + 1) }));
    expect(!long.ok && long.problems.note).toBe('tooLong');
    const rows = Array.from({ length: EVIDENCE_PER_UPDATE_MAX + 1 }, (_, i) => row(`r${i}`, `Item ${i}`));
    const many = checkReport(draft({ evidence: rows }));
    expect(!many.ok && many.problems.evidence).toBe('tooMany');
    expect(checkReport(draft({ evidence: rows.slice(1) })).ok).toBe(true);
  });
});

describe("the server's words on a refused report", () => {
  it('[REV7] go next to the field, or the piece of evidence, they are about', () => {
    const placed = placeServerErrors(
      { note: 'Too long.', 'evidence.1.url': 'Not a web address.', 'evidence.0.text': 'Say what it is.', status: 'Choose one.', evidence: 'Too many.', commandId: 'Odd.' },
      ['a', 'b'],
    );
    expect(placed).toEqual({
      note: 'Too long.',
      status: 'Choose one.',
      evidence: 'Too many.',
      rows: { b: { url: 'Not a web address.' }, a: { text: 'Say what it is.' } },
      other: ['Odd.'],
    });
  });

  it('about evidence the form no longer has are still shown', () => {
    expect(placeServerErrors({ 'evidence.5.url': 'Not a web address.' }, ['a']).other).toEqual(['Not a web address.']);
  });

  it('fall on the rows of the report as sent, rebuilt in the same order', () => {
    let n = 0;
    const again = draftFromReport({ status: 'at_risk', note: 'Late.', evidence: [{ text: 'A', url: null }, { text: 'B', url: 'https://b.example' }] }, () => `k${(n += 1)}`);
    expect(again).toEqual({ status: 'at_risk', note: 'Late.', evidence: [row('k1', 'A'), row('k2', 'B', 'https://b.example')] });
  });
});
