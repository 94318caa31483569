import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { LinkKindDescription, StoredLink } from './linkKind';
import { LEAD_LINK } from './leadLinkKind';
import { SHARE_LINK } from './shareLinkKind';

/**
 * Every kind of bearer link, by the name the store keeps in each link's `kind`. A new kind is a description
 * (`defineLinkKind`, in its own `<kind>LinkKind.ts`) and one line here: the store keeps it, and linkRoutes.ts serves
 * its making, listing and revoking and checks its holders' tokens.
 */
export const LINK_KINDS = {
  share: SHARE_LINK,
  lead: LEAD_LINK,
} as const;

export type LinkKind = keyof typeof LINK_KINDS;

/** What a kind keeps with each of its links. */
export type LinkDetails<K extends LinkKind> = (typeof LINK_KINDS)[K] extends LinkKindDescription<infer D, unknown> ? D : never;

/** A stored link of kind K (of any kind when K is the union), as the store hands it out: never its token. */
export type LinkRecord<K extends LinkKind = LinkKind> = K extends LinkKind ? StoredLink<LinkDetails<K>> & { kind: K } : never;

/** A link to store: its token only as the hash. */
export type NewLink<K extends LinkKind = LinkKind> = K extends LinkKind
  ? { kind: K; linkId: string; workshopId: WorkshopId; tokenHash: string; createdBy: MemberId; details: LinkDetails<K> }
  : never;

export const LINK_KIND_NAMES = Object.keys(LINK_KINDS) as LinkKind[];

export function isLinkKind(kind: string): kind is LinkKind {
  return Object.hasOwn(LINK_KINDS, kind);
}

/** A kind's description, typed as any kind's: for code that handles every kind alike. */
export function linkKind(kind: LinkKind): LinkKindDescription<unknown, unknown> {
  return LINK_KINDS[kind] as LinkKindDescription<unknown, unknown>;
}

/**
 * The kind's one-live-link key for these details as one string (the JSON array of its parts), or null where the kind
 * has no such rule. Both stores compare keys as these strings.
 */
export function oneLiveKey(kind: LinkKind, details: unknown): string | null {
  const parts = linkKind(kind).oneLivePer?.(details);
  return parts ? JSON.stringify(parts) : null;
}
