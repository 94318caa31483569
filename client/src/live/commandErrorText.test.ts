import { describe, expect, it } from 'vitest';
import { restFailureText } from '../api/restFailureText';
import { messagesEn as t } from '../i18n/messages.en';
import { commandErrorText } from './commandErrorText';

describe('error sentences', () => {
  it('name the refused command, then our text for the code, then the server’s own words', () => {
    expect(commandErrorText(t, 'board:add', { code: 'limit_reached', message: 'A session can have at most 20 boards.' })).toBe(
      'Not done: Add a board. A limit has been reached. A session can have at most 20 boards.',
    );
  });

  it('do not repeat the server’s words when they are already our text, or add an empty message', () => {
    expect(commandErrorText(t, 'member:remove', { code: 'forbidden', message: t.errors.forbidden })).toBe('Not done: Remove a person. Only a facilitator can do that.');
    expect(commandErrorText(t, 'member:remove', { code: 'forbidden', message: '' })).toBe('Not done: Remove a person. Only a facilitator can do that.');
  });

  it('explain failed requests: no answer, too many attempts, fields to fix', () => {
    expect(restFailureText(t, { status: 0, code: 'network', message: '', fields: {} })).toBe(t.networkError);
    expect(restFailureText(t, { status: 429, code: 'rate_limited', message: 'Try again in 15 minutes.', fields: {} })).toBe(`${t.errors.rate_limited} Try again in 15 minutes.`);
    expect(restFailureText(t, { status: 400, code: 'invalid_payload', message: 'Bad.', fields: { name: 'Your name cannot be empty.' } })).toBe(t.home.fixFields);
  });
});
