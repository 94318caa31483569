import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { boardKindTag } from './boardKindTag';
import { BOARD_KINDS } from '@roundtable/shared/board/board';

describe('boardKindTag', () => {
  it('leaves the tag out where the title is the kind itself', () => {
    expect(boardKindTag('Key learning', 'Key learning')).toBeNull();
    expect(boardKindTag('  key  Learning. ', 'Key learning')).toBeNull();
    for (const kind of BOARD_KINDS) expect(boardKindTag(messagesEn.boardKinds[kind], messagesEn.boardKinds[kind]), kind).toBeNull();
  });

  it('shows the kind beside any other title', () => {
    expect(boardKindTag('What helped us most', 'Key learning')).toBe('Key learning');
    expect(boardKindTag('Key learning from the pilot', 'Key learning')).toBe('Key learning');
  });
});
