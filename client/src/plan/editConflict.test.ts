import { fail, ok } from '@roundtable/shared/protocol/errors';
import { describe, expect, it } from 'vitest';
import { conflictingText, hasChanged, refused, saved, startEditing, typed, keepMerged, keepMine, keepTheirs } from './editConflict';

describe('editing a text someone else may change at the same time', () => {
  const started = typed(startEditing('Build sustainability'), 'Build sustainability together  ');

  it('sends only a real change, from the text shown when editing began', () => {
    expect(hasChanged(startEditing('Same'))).toBe(false);
    expect(hasChanged(typed(startEditing('Same'), 'Same '))).toBe(false);
    expect(hasChanged(started)).toBe(true);
    expect(started.base).toBe('Build sustainability');
  });

  it('[PLAN6] recognises a refusal that carries the other text for this field only', () => {
    const conflict = fail('conflict', 'Someone else changed this.', { text: 'Maximise resources' });
    expect(conflictingText(conflict, 'text')).toBe('Maximise resources');
    expect(conflictingText(conflict, 'notes')).toBeNull();
    expect(conflictingText(fail('not_found', 'Gone.'), 'text')).toBeNull();
    expect(conflictingText(ok(null), 'text')).toBeNull();
  });

  it('[PLAN6] keeps both texts, and each way out starts from the text now saved', () => {
    const conflict = refused(started, 'Maximise resources');
    expect(conflict).toEqual({ draft: 'Build sustainability together  ', base: 'Build sustainability', theirs: 'Maximise resources' });
    expect(keepTheirs(conflict)).toEqual({ draft: 'Maximise resources', base: 'Maximise resources', theirs: null });
    expect(hasChanged(keepTheirs(conflict))).toBe(false);
    expect(keepMine(conflict)).toEqual({ draft: 'Build sustainability together  ', base: 'Maximise resources', theirs: null });
    expect(keepMerged(conflict, 'Build sustainability and maximise resources')).toEqual({
      draft: 'Build sustainability and maximise resources',
      base: 'Maximise resources',
      theirs: null,
    });
  });

  it('goes on from the saved text after a save', () => {
    expect(saved(started, 'Build sustainability together')).toEqual(startEditing('Build sustainability together'));
  });
});
