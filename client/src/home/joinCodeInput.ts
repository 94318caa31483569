import { formatJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from '@roundtable/shared/protocol/joinCode';

const WELL_FORMED = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Whether what was typed (any case, with spaces or a dash) is a possible join code. */
export function isWellFormedJoinCode(typed: string): boolean {
  return WELL_FORMED.test(normaliseJoinCode(typed));
}

/**
 * What the field shows once the person has finished typing (on blur, or from a `?code=` link): a complete
 * code as ABC-DEF, anything else left exactly as typed so nothing they entered is lost.
 */
export function tidyJoinCode(typed: string): string {
  const code = normaliseJoinCode(typed);
  return code.length === JOIN_CODE_LENGTH ? formatJoinCode(code) : typed;
}
