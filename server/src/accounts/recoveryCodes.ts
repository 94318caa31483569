import { randomInt, scrypt } from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '@roundtable/shared/accounts/accountRest';

/** Digits and capitals that are hard to misread for one another (no 0, O, 1, I, L, S or B): 29 of them. */
const ALPHABET = '23456789ACDEFGHJKMNPQRTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * [ACC5] A fresh set of recovery codes like `7KQ2-M9XD-4TPA`: 12 characters from 29, ~58 bits each, drawn uniformly.
 * Shown once; only `hashRecoveryCode` of each is kept.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-'),
  );
}

/** What a person typed, as the code it stands for: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** scrypt's cost (N) for a recovery code's stored form: 2^14, 16 MiB of memory a hash. */
export const RECOVERY_CODE_SCRYPT_COST = 2 ** 14;

/**
 * A code's stored form: scrypt, salted by the account, so a copy of the table cannot be searched for all accounts at
 * once, and each guess costs real work. The codes carry ~58 bits, less than a token's 256, hence the slow hash
 * (scrypt N=2^14, 16 MiB: 52 ms a code at best on this 2-core machine, 133 ms median under a load average of 14; a
 * sign-up's ten are hashed in parallel on libuv's pool, a recovery attempt hashes one); the rate limits bound guesses online.
 * `cost` is scrypt's N: RECOVERY_CODE_SCRYPT_COST on a server (Config.recoveryCodeScryptCost); the server tests lower it.
 */
export function hashRecoveryCode(accountId: string, code: string, cost = RECOVERY_CODE_SCRYPT_COST): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(normaliseRecoveryCode(code), `roundtable-recovery:${accountId}`, 32, { N: cost, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key.toString('hex'))));
  });
}
