import { z } from 'zod';

/**
 * Ids are branded strings so a BoardId cannot be passed where a SessionId is meant.
 * Server-made ids are 128-bit random, base64url (22 characters); command ids are made by clients.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type WorkshopId = Brand<string, 'WorkshopId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type BoardId = Brand<string, 'BoardId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type CommandId = Brand<string, 'CommandId'>;
export type CardId = Brand<string, 'CardId'>;
export type ClusterId = Brand<string, 'ClusterId'>;
export type NoticeId = Brand<string, 'NoticeId'>;
export type ObjectiveId = Brand<string, 'ObjectiveId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type ProposalId = Brand<string, 'ProposalId'>;

/** URL-safe, short enough to index, long enough to be unguessable. */
const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * [ID1] Names that every plain object answers to (`constructor`, `__proto__`, `hasOwnProperty`, `toString`…). Records
 * in the workshop's state are plain objects keyed by id, so an id equal to one of these would find a built-in instead
 * of a record, or set an object's prototype. The one rule: such a name is never an id. Every id from outside (payloads,
 * URLs, record keys of a stored doc) passes `isSafeId`, so no lookup by id can reach a built-in.
 */
const BUILT_IN_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);

/** [ID1] Whether `text` can be an id: the id pattern, and not the name of a built-in property. */
export function isSafeId(text: string): boolean {
  return ID_PATTERN.test(text) && !BUILT_IN_NAMES.has(text);
}

/** An id as it arrives from outside (see `isSafeId`). */
export const safeIdText = z
  .string()
  .regex(ID_PATTERN, 'Expected an id (8-64 letters, digits, - or _).')
  .refine((text) => !BUILT_IN_NAMES.has(text), 'That is the name of a built-in property, never an id.');
const idText = safeIdText;

export const workshopIdSchema = idText.transform((s) => s as WorkshopId);
export const sessionIdSchema = idText.transform((s) => s as SessionId);
export const boardIdSchema = idText.transform((s) => s as BoardId);
export const memberIdSchema = idText.transform((s) => s as MemberId);
export const commandIdSchema = idText.transform((s) => s as CommandId);
export const cardIdSchema = idText.transform((s) => s as CardId);
export const clusterIdSchema = idText.transform((s) => s as ClusterId);
/** A vote or an agreement targets a card or a cluster; both kinds of id share one space. */
export const itemIdSchema = idText.transform((s) => s as CardId | ClusterId);
export const objectiveIdSchema = idText.transform((s) => s as ObjectiveId);
export const actionIdSchema = idText.transform((s) => s as ActionId);
export const proposalIdSchema = idText.transform((s) => s as ProposalId);

/**
 * [ID1] A record of the workshop's state as validated when it is loaded or committed: no key is a built-in name, and
 * a value that carries an `id` is kept under that id (a record that lost its key, e.g. `"undefined"`, is refused).
 */
export function recordById<V extends z.ZodType>(value: V) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const [key, entry] of Object.entries(record)) {
      const id = (entry as { id?: unknown } | null)?.id;
      if (BUILT_IN_NAMES.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is the name of a built-in property, never an id.` });
      else if (id !== undefined && id !== key) ctx.addIssue({ code: 'custom', path: [key], message: `The record under "${key}" has the id "${String(id)}".` });
    }
  });
}
