import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from './contentTypes';
import type { Audience } from './exportDocument';
import { EXPORT_REGISTRY } from './exportRegistry';

const byName = new Map(EXPORT_REGISTRY.map((d) => [d.name, d]));
const notFound = (name: string, audience: Audience) => byName.get(name)?.served[audience]?.unknownFormat;

describe('the registry of documents', () => {
  it('names each document once, as a plain word its URLs can carry, each served to someone in formats that have a media type', () => {
    expect(EXPORT_REGISTRY.map((d) => d.name)).toEqual(['profile', 'plan', 'review', 'survey', 'map']);
    for (const document of EXPORT_REGISTRY) {
      expect(document.name).toMatch(/^[a-z]+$/);
      expect(document.extensions.length, document.name).toBeGreaterThan(0);
      for (const extension of document.extensions) expect(Object.hasOwn(CONTENT_TYPES, extension), `${document.name}.${extension}`).toBe(true);
      expect(Object.values(document.served).filter(Boolean).length, document.name).toBeGreaterThan(0);
    }
  });

  it('knows a format by its own extensions only: never a built-in name, never .json (the pages\' own data)', () => {
    for (const document of EXPORT_REGISTRY) {
      for (const extension of document.extensions) expect(document.isFormat(extension)).toBe(true);
      for (const other of ['json', 'constructor', 'toString', '__proto__', '', 'xlsx']) expect(document.isFormat(other), `${document.name}.${other}`).toBe(false);
    }
  });

  it('[PRO2] [EXP1] [REVEXP1] [SURV9] [SHARE2] says which formats there are, in the words each asker is used to', () => {
    expect(notFound('profile', 'member')).toEqual({ code: 'not_found', message: 'The profile can be downloaded as .md, .docx or .pdf.' });
    expect(notFound('plan', 'member')).toEqual({ code: 'not_found', message: 'The action plan can be downloaded as .docx, .pdf, .md or .csv.' });
    expect(notFound('plan', 'shareLink')).toEqual({ code: 'not_found', message: 'The plan can be downloaded as .docx, .pdf, .md or .csv.' });
    expect(notFound('review', 'member')).toEqual({ code: 'not_found', message: 'The review report can be downloaded as .docx, .pdf or .md.' });
    expect(notFound('survey', 'member')).toEqual({ code: 'not_found', message: 'The survey results can be downloaded as .csv.' });
  });

  it('[SHARE2] share links reach the agreed plan and nothing else; no document is served to lead links yet', () => {
    expect(EXPORT_REGISTRY.filter((d) => d.served.shareLink).map((d) => d.name)).toEqual(['plan']);
    expect(EXPORT_REGISTRY.filter((d) => d.served.leadLink).map((d) => d.name)).toEqual([]);
  });
});
