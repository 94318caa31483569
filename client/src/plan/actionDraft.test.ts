import type { ActionId, MemberId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Action } from '@roundtable/shared/plan/plan';
import { fail, ok } from '@roundtable/shared/protocol/errors';
import { describe, expect, it } from 'vitest';
import { actionChanges, allAccepted, settleActionSave, startActionEditing, type ActionEditing } from './actionDraft';
import { typed } from './editConflict';

const TODAY = '2026-09-15';
const action: Action = {
  id: 'action0001' as ActionId,
  objectiveId: 'objective01' as ObjectiveId,
  text: 'Cross-sector audit',
  councilLead: { kind: 'member', memberId: 'member0001' as MemberId },
  thirdSectorLead: null,
  leadException: null,
  timescale: { kind: 'month', month: '2027-03' },
  notes: '',
  position: 0,
};
const start = startActionEditing(action, TODAY);
const edit = (change: (e: ActionEditing['draft']) => Partial<ActionEditing['draft']>): ActionEditing => ({ ...start, draft: { ...start.draft, ...change(start.draft) } });

describe('saving an edited action', () => {
  it('sends nothing when nothing changed', () => {
    expect(actionChanges(action.id, start, TODAY)).toEqual({ ok: true, update: null, leads: [] });
  });

  it('[PLAN6] sends only the changed fields, texts with the text they started from', () => {
    const editing = edit((d) => ({
      text: typed(d.text, 'Cross-sector audit of services '),
      leads: { ...d.leads, thirdSectorLead: { kind: 'named', name: 'Sue Smith', organisation: 'Darlington CVS', sector: 'third_sector' } },
      timescale: { ...d.timescale, kind: 'quarter', year: '2027', quarter: '2' },
    }));
    expect(actionChanges(action.id, editing, TODAY)).toEqual({
      ok: true,
      update: { actionId: 'action0001', text: 'Cross-sector audit of services', baseText: 'Cross-sector audit', timescale: { kind: 'quarter', quarter: '2027-Q2' } },
      leads: [{ slot: 'thirdSectorLead', lead: { kind: 'named', name: 'Sue Smith', organisation: 'Darlington CVS', sector: 'third_sector' } }],
    });
  });

  it('[PLAN3] [PLAN5] says what to fix before sending: an empty action, a half-named lead, a past timescale', () => {
    const editing = edit((d) => ({
      text: typed(d.text, '  '),
      leads: { ...d.leads, councilLead: { kind: 'named', name: 'Sam', organisation: '', sector: 'local_authority' } },
      timescale: { ...d.timescale, kind: 'date', date: '2026-09-01' },
    }));
    expect(actionChanges(action.id, editing, TODAY)).toEqual({
      ok: false,
      problems: { text: 'missing', timescale: 'passed', councilLead: { organisation: 'organisationMissing' } },
    });
  });

  it('[PLAN3] records, and clears, the reason for an exception to the leads', () => {
    const withReason = edit(() => ({ leadException: ' The CVS leads both ' }));
    expect(actionChanges(action.id, withReason, TODAY)).toMatchObject({ update: { leadException: 'The CVS leads both' } });
    const had = startActionEditing({ ...action, leadException: 'Agreed' }, TODAY);
    const cleared = { ...had, draft: { ...had.draft, leadException: '' } };
    expect(actionChanges(action.id, cleared, TODAY)).toMatchObject({ update: { leadException: null } });
  });

  it('goes on from what was accepted', () => {
    const editing = edit((d) => ({ text: typed(d.text, 'Audit'), leads: { ...d.leads, councilLead: { kind: 'none' } } }));
    const changes = actionChanges(action.id, editing, TODAY);
    if (!changes.ok) throw new Error('expected changes');
    const acks = { update: ok(null), leads: [ok(null)] };
    const after = settleActionSave(editing, changes, acks);
    expect(allAccepted(acks)).toBe(true);
    expect(after.draft.text).toEqual({ draft: 'Audit', base: 'Audit', theirs: null });
    expect(after.saved.leads.councilLead).toBeNull();
    expect(actionChanges(action.id, after, TODAY)).toEqual({ ok: true, update: null, leads: [] });
  });

  it('[PLAN6] keeps my text beside theirs when the text was changed meanwhile, and the rest still to send', () => {
    const editing = edit((d) => ({ text: typed(d.text, 'Audit'), timescale: { ...d.timescale, month: '4' } }));
    const changes = actionChanges(action.id, editing, TODAY);
    if (!changes.ok) throw new Error('expected changes');
    const acks = { update: fail('conflict', 'Someone else changed this.', { text: 'Joint audit' }), leads: [] };
    const after = settleActionSave(editing, changes, acks);
    expect(allAccepted(acks)).toBe(false);
    expect(after.draft.text).toEqual({ draft: 'Audit', base: 'Cross-sector audit', theirs: 'Joint audit' });
    expect(after.saved.timescale).toEqual({ kind: 'month', month: '2027-03' });
  });
});
