import { describe, expect, it } from 'vitest';
import { parseCommand } from './parseCommand';
import { cleanWireText } from './wireText';

describe('text from outside', () => {
  it('[TEXT1] refuses NUL and other control characters anywhere, keys included, and says where', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\u001b[31m', '\u007f', '\u0085']) {
      const result = cleanWireText({ card: { text: bad } });
      expect(result).toMatchObject({ ok: false, path: 'card.text' });
    }
    expect(cleanWireText({ texts: { 'a\u0000': 'fine' } })).toMatchObject({ ok: false });
    expect(cleanWireText(['ok', ['deep', 'n\u0000']])).toMatchObject({ ok: false, path: '1.1' });
  });

  it('[TEXT1] refuses half of a character pair, high or low, and keeps whole pairs', () => {
    expect(cleanWireText('\ud800')).toMatchObject({ ok: false });
    expect(cleanWireText('a\udc00b')).toMatchObject({ ok: false });
    expect(cleanWireText('\ud83d\ud83d\ude00')).toMatchObject({ ok: false });
    expect(cleanWireText('partnership 🤝 working')).toEqual({ ok: true, value: 'partnership 🤝 working' });
  });

  it('[TEXT1] keeps tabs and line breaks, and normalises to NFC so the same words are the same text', () => {
    expect(cleanWireText({ text: 'Line one\nline\ttwo\r\n' })).toEqual({ ok: true, value: { text: 'Line one\nline\ttwo\r\n' } });
    const decomposed = 'Cafe\u0301 Cymraeg – Ysgol Gymraeg Wre\u0302';
    const result = cleanWireText({ text: decomposed });
    expect(result.ok && (result.value as { text: string }).text).toBe(decomposed.normalize('NFC'));
    expect(result.ok && (result.value as { text: string }).text).not.toBe(decomposed);
  });

  it('[TEXT1] [ID1] keeps a `__proto__` key as an ordinary key, never as a prototype', () => {
    const result = cleanWireText(JSON.parse('{"__proto__":{"polluted":true},"a":1}'));
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('[TEXT1] refuses values nested deeper than any payload', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(cleanWireText(deep)).toMatchObject({ ok: false });
  });

  it('[TEXT1] [CMD3] a command with a NUL is refused as invalid_payload naming the field, before its schema', () => {
    const refused = parseCommand('card:add', { commandId: 'cmd-00000001', boardId: 'board-000001', text: 'Trust\u0000' });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/control characters/), fields: { text: expect.any(String) } } });
    const accepted = parseCommand('card:add', { commandId: 'cmd-00000001', boardId: 'board-000001', text: ' Trust ' });
    expect(accepted.ok && accepted.payload.text).toBe('Trust');
  });
});
