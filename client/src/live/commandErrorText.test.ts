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

  it('[PH2] say plainly when the other facilitator moved the board first', () => {
    const text = commandErrorText(t, 'board:setPhase', { code: 'conflict', message: 'The board has already moved to "vote" (perhaps the other facilitator moved it).' });
    expect(text).toBe(
      'Not done: Move the board to another step. The board had already moved on: check the step it is at now before moving it again. The board has already moved to "vote" (perhaps the other facilitator moved it).',
    );
  });

  it('have text for the board’s own refusals: the wrong step, and a paused board', () => {
    expect(commandErrorText(t, 'vote:cast', { code: 'locked', message: '' })).toBe(`Not done: Place a dot. ${t.errors.locked}`);
    expect(commandErrorText(t, 'card:add', { code: 'wrong_phase', message: '' })).toBe(`Not done: Add a card. ${t.errors.wrong_phase}`);
  });

  it('[VOTE5] say that a dot on the other level is not one of the items the board votes on, then where it goes', () => {
    const message = 'On this board the room votes on the clusters, not on the cards inside them. This card is in the cluster "Resources": put your dot on the cluster.';
    expect(commandErrorText(t, 'vote:cast', { code: 'invalid_payload', message })).toBe(`Not done: Place a dot. That is not one of the items this board votes on. ${message}`);
  });

  it('explain failed requests: no answer, too many attempts, fields to fix', () => {
    expect(restFailureText(t, { status: 0, code: 'network', message: '', fields: {} })).toBe(t.networkError);
    expect(restFailureText(t, { status: 429, code: 'rate_limited', message: 'Try again in 15 minutes.', fields: {} })).toBe(`${t.errors.rate_limited} Try again in 15 minutes.`);
    expect(restFailureText(t, { status: 400, code: 'invalid_payload', message: 'Bad.', fields: { name: 'Your name cannot be empty.' } })).toBe(t.home.fixFields);
  });
});
