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

/** An id as it arrives from outside: URL-safe, short enough to index, long enough to be unguessable. */
const idText = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Expected an id (8-64 letters, digits, - or _).');

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
