/**
 * Join codes: six characters from an alphabet with no look-alikes (no 0/O, 1/I/L), read aloud as ABC-DEF.
 * Kept free of zod so the home page can format a code without loading the schemas.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What a person types → the canonical code: upper case, spaces and dashes dropped. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

