import { describe, expect, it } from 'vitest';
import { isWellFormedJoinCode, tidyJoinCode } from './joinCodeInput';

describe('join code input', () => {
  it('[JOIN4] accepts a code typed in lower case, with spaces or a dash', () => {
    for (const typed of ['ABCDEF', 'abc-def', ' abc def ', 'aBc - DeF', 'XYZ234']) expect(isWellFormedJoinCode(typed), typed).toBe(true);
  });

  it('[JOIN4] rejects codes of the wrong length or with look-alike characters the alphabet leaves out', () => {
    for (const typed of ['', 'ABCDE', 'ABCDEFG', 'ABC-DE0', 'ABCDEI', 'ABCDEO', 'ABC?EF']) expect(isWellFormedJoinCode(typed), typed).toBe(false);
  });

  it('[JOIN4] shows a complete code as ABC-DEF and leaves anything else as typed', () => {
    expect(tidyJoinCode('abcdef')).toBe('ABC-DEF');
    expect(tidyJoinCode(' xyz 234')).toBe('XYZ-234');
    expect(tidyJoinCode('abc')).toBe('abc');
    expect(tidyJoinCode('')).toBe('');
  });
});
