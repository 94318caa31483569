import { describe, expect, it } from 'vitest';
import { fixedContext } from '../testing/fixedContext';
import { roomWithFour } from '../testing/boardRoom';
import { expectOk, runCommand, setupWorkshop } from '../testing/commandRunner';

describe('join code', () => {
  it('[JOIN3] rotating the join code gives a different code and reports it as an effect', () => {
    const { state, lead } = setupWorkshop();
    const ctx = fixedContext();
    ctx.newJoinCode = () => (ctx.codes.push(state.meta.joinCode), ctx.codes.length > 1 ? 'XYZ789' : state.meta.joinCode);
    const result = expectOk(runCommand(state, 'joinCode:rotate', {}, lead, ctx));
    expect(result.state.meta.joinCode).toBe('XYZ789');
    expect(result.data).toEqual({ joinCode: 'XYZ789' });
  });
});

describe('undo', () => {
  it('[UNDO1] undo takes back the last facilitator action, whichever facilitator did it', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'a');
    room.moveTo('reveal');
    expect(Object.keys(room.state.cards)).toHaveLength(1);
    expect(room.view(room.lead).undo).toMatchObject({ command: 'board:setPhase' });
    expect(room.ok(room.co, 'facilitator:undo', {})).toEqual({ undone: 'board:setPhase' });
    expect(room.phase).toBe('contribute');
    expect(room.state.cards).toEqual({});
    expect(room.view(council1).drafts.map((c) => c.text)).toEqual(['a']);
    expect(room.view(council1).undo).toBeNull();
  });

  it('[UNDO1] undoing a merge brings both cards back; undo of nothing is refused', () => {
    const { room, council1, third1 } = roomWithFour();
    room.moveTo('contribute');
    const a = room.add(council1, 'Funding');
    const b = room.add(third1, 'Money');
    room.moveTo('reveal');
    room.ok(room.lead, 'card:merge', { cardId: b, intoCardId: a });
    room.ok(room.lead, 'facilitator:undo', {});
    expect(room.state.cards[a]).toMatchObject({ text: 'Funding', mergedTexts: [], sectors: ['local_authority'] });
    expect(room.state.cards[b]).toMatchObject({ text: 'Money' });
    expect(room.hidden.cards[b]!.authorIds).toEqual([third1.memberId]);
    room.ok(room.lead, 'facilitator:undo', {});
    room.ok(room.lead, 'facilitator:undo', {});
    expect(room.phase).toBe('draft');
    room.fails(room.lead, 'facilitator:undo', {}, 'not_found');
  });

  it('[UNDO2] undo is refused when something it changed has been changed again since', () => {
    const { room, council1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.add(council1, 'Original');
    room.ok(room.lead, 'card:edit', { cardId: card, text: 'Facilitator wording' });
    room.ok(council1, 'card:edit', { cardId: card, text: 'Author changed it again' });
    room.fails(room.lead, 'facilitator:undo', {}, 'conflict');
    expect(room.state.cards[card]!.text).toBe('Author changed it again');
  });

  it('[UNDO1] participants\' own actions are not facilitator actions: they are not in the undo history', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'mine');
    expect(room.view(room.lead).undo).toMatchObject({ command: 'board:setPhase' });
  });
});
