import { COMMAND_NAMES } from '@roundtable/shared/protocol/commandNames';
import { ERROR_CODES } from '@roundtable/shared/protocol/errors';
import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages.en';
import { messagesFor } from './t';
import { SECTORS } from '@roundtable/shared/members/sector';
import { BOARD_KINDS } from '@roundtable/shared/board/board';
import { ROLES } from '@roundtable/shared/command/actor';

/** Every leaf of a catalogue: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[path, (value as (...args: unknown[]) => unknown)(2, 'sample')]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('the English catalogue', () => {
  it('has text for every error code, sector, role, board kind and command the shared contract defines', () => {
    for (const code of ERROR_CODES) expect(messagesEn.errors[code], code).toMatch(/\S/);
    for (const sector of SECTORS) {
      expect(messagesEn.sectors[sector], sector).toMatch(/\S/);
      expect(messagesEn.sectorsShort[sector], sector).toMatch(/\S/);
    }
    for (const role of ROLES) expect(messagesEn.roles[role], role).toMatch(/\S/);
    for (const kind of BOARD_KINDS) expect(messagesEn.boardKinds[kind], kind).toMatch(/\S/);
    for (const name of COMMAND_NAMES) expect(messagesEn.commands[name], name).toMatch(/\S/);
  });

  it('has no empty text and no unfilled placeholders', () => {
    for (const [path, text] of leaves(messagesEn)) {
      expect(typeof text, path).toBe('string');
      expect(text, path).toMatch(/\S/);
      expect(text, path).not.toMatch(/undefined|\$\{|\{\w+\}/);
    }
  });

  it('labels the sectors as the join form names them', () => {
    expect(messagesEn.sectors).toEqual({
      local_authority: 'Local council',
      third_sector: 'Third sector – voluntary & community',
      other_public: 'Other public body (health, police, fire)',
      other: 'Other',
    });
  });

  it('pluralises waiting changes', () => {
    expect(messagesEn.connection.changesWaiting(1)).toBe('1 change waiting');
    expect(messagesEn.connection.changesWaiting(3)).toBe('3 changes waiting');
  });
});

describe('messagesFor', () => {
  it('falls back to English for languages without a catalogue, and matches by primary subtag', () => {
    expect(messagesFor(['cy-GB', 'fr'])).toBe(messagesEn);
    expect(messagesFor(['en-US'])).toBe(messagesEn);
    expect(messagesFor([])).toBe(messagesEn);
  });
});
