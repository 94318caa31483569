import { expect, it } from 'vitest';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { NewLink } from '../links/linkKinds';
import type { WorkshopStore } from './workshopStore';

/**
 * The links part of the store contract (workshopStore.contract.ts runs it on every store): links of every kind in one
 * place, each kind's details checked, and a kind's one-live-link rule kept in the same transaction as the new link.
 */
export function linkStoreContract(storeOf: () => WorkshopStore, newWorkshop: () => Promise<{ workshopId: WorkshopId; lead: MemberId }>): void {
  const shareLink = (workshopId: WorkshopId, createdBy: MemberId, n = 1): NewLink<'share'> => ({
    kind: 'share',
    linkId: `link-${n}-${workshopId}`,
    workshopId,
    tokenHash: `share-${n}-${workshopId}`,
    createdBy,
    details: {},
  });
  const leadLink = (workshopId: WorkshopId, createdBy: MemberId, n: number, actionId = 'action-1', slot: LeadSlot = 'councilLead'): NewLink<'lead'> => ({
    kind: 'lead',
    linkId: `lead-${n}-${workshopId}`,
    workshopId,
    tokenHash: `lead-token-${n}-${workshopId}`,
    createdBy,
    details: { actionId, slot, leadName: `Lead ${n}` },
  });

  it('[SHARE1] keeps share links by token hash, lists them, and forgets a revoked one at once', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    const other = await newWorkshop();
    const { link: made, revoked } = await store.createLink(shareLink(workshopId, lead));
    expect(revoked).toEqual([]);
    expect(made).toEqual({ linkId: `link-1-${workshopId}`, kind: 'share', workshopId, createdBy: lead, createdAt: expect.any(String), revokedAt: null, details: {} });
    expect(await store.findLinkByTokenHash(`share-1-${workshopId}`)).toEqual(made);
    expect(await store.listLinks(workshopId, 'share')).toEqual([made]);
    expect(await store.listLinks(other.workshopId, 'share')).toEqual([]);
    expect(await store.revokeLink(other.workshopId, 'share', made.linkId)).toBe(false);
    expect(await store.revokeLink(workshopId, 'share', made.linkId)).toBe(true);
    expect(await store.revokeLink(workshopId, 'share', made.linkId)).toBe(false);
    expect(await store.findLinkByTokenHash(`share-1-${workshopId}`)).toBeNull();
    expect((await store.listLinks(workshopId, 'share'))[0]!.revokedAt).toEqual(expect.any(String));
  });

  it('[REV1] keeps lead links by token hash, one live link per lead: a new one revokes the older in the same transaction', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    const other = await newWorkshop();
    const link = (n: number, actionId?: string, slot?: LeadSlot) => leadLink(workshopId, lead, n, actionId, slot);
    const first = await store.createLink(link(1));
    expect(first).toEqual({
      link: { linkId: `lead-1-${workshopId}`, kind: 'lead', workshopId, createdBy: lead, createdAt: expect.any(String), revokedAt: null, details: { actionId: 'action-1', slot: 'councilLead', leadName: 'Lead 1' } },
      revoked: [],
    });
    const otherSlot = await store.createLink(link(2, 'action-1', 'thirdSectorLead'));
    const otherAction = await store.createLink(link(3, 'action-2'));
    expect(await store.findLinkByTokenHash(`lead-token-1-${workshopId}`)).toEqual(first.link);

    const replaced = await store.createLink(link(4));
    expect(replaced.revoked).toEqual([first.link.linkId]);
    expect(await store.findLinkByTokenHash(`lead-token-1-${workshopId}`)).toBeNull();
    expect(await store.findLinkByTokenHash(`lead-token-4-${workshopId}`)).toEqual(replaced.link);
    expect(await store.findLinkByTokenHash(`lead-token-2-${workshopId}`)).toEqual(otherSlot.link);
    expect(await store.findLinkByTokenHash(`lead-token-3-${workshopId}`)).toEqual(otherAction.link);

    const listed = await store.listLinks(workshopId, 'lead');
    expect(listed.map((l) => [l.linkId, l.revokedAt === null])).toEqual(
      expect.arrayContaining([
        [first.link.linkId, false],
        [otherSlot.link.linkId, true],
        [otherAction.link.linkId, true],
        [replaced.link.linkId, true],
      ]),
    );
    expect(listed).toHaveLength(4);
    expect(await store.listLinks(other.workshopId, 'lead')).toEqual([]);

    expect(await store.revokeLink(other.workshopId, 'lead', replaced.link.linkId)).toBe(false);
    expect(await store.revokeLink(workshopId, 'lead', replaced.link.linkId)).toBe(true);
    expect(await store.revokeLink(workshopId, 'lead', replaced.link.linkId)).toBe(false);
    expect(await store.findLinkByTokenHash(`lead-token-4-${workshopId}`)).toBeNull();
    // A link that cannot be stored leaves the lead's live link working: the revoke is in the same transaction.
    await expect(store.createLink({ ...link(5, 'action-2'), tokenHash: `lead-token-2-${workshopId}` })).rejects.toThrow();
    expect(await store.findLinkByTokenHash(`lead-token-3-${workshopId}`)).toEqual(otherAction.link);
    // Revoking the lead's live link leaves the lead free for a new one.
    expect((await store.createLink(link(6))).revoked).toEqual([]);
  });

  it('[REV1] two links made for the same lead at once leave exactly one live', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    const made = await Promise.all([1, 2, 3].map((n) => store.createLink(leadLink(workshopId, lead, n))));
    expect(made).toHaveLength(3);
    expect((await store.listLinks(workshopId, 'lead')).filter((l) => l.revokedAt === null)).toHaveLength(1);
  });

  it('[SHARE1] [REV1] keeps every kind apart: a link is listed, found and revoked as its own kind only', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    const share = (await store.createLink(shareLink(workshopId, lead))).link;
    const progress = (await store.createLink(leadLink(workshopId, lead, 1))).link;
    expect(await store.listLinks(workshopId, 'share')).toEqual([share]);
    expect(await store.listLinks(workshopId, 'lead')).toEqual([progress]);
    expect(await store.listLinks(workshopId)).toEqual(expect.arrayContaining([share, progress]));
    expect(await store.listLinks(workshopId)).toHaveLength(2);
    expect((await store.findLinkByTokenHash(`share-1-${workshopId}`))?.kind).toBe('share');
    expect((await store.findLinkByTokenHash(`lead-token-1-${workshopId}`))?.kind).toBe('lead');
    expect(await store.revokeLink(workshopId, 'lead', share.linkId)).toBe(false);
    expect(await store.revokeLink(workshopId, 'share', progress.linkId)).toBe(false);
    expect((await store.listLinks(workshopId)).every((l) => l.revokedAt === null)).toBe(true);
    // A token hash and a link id are unique across kinds.
    await expect(store.createLink({ ...shareLink(workshopId, lead, 2), tokenHash: `lead-token-1-${workshopId}` })).rejects.toThrow();
    await expect(store.createLink({ ...shareLink(workshopId, lead, 2), linkId: progress.linkId })).rejects.toThrow();
    expect(await store.listLinks(workshopId)).toHaveLength(2);
  });

  it('refuses a link its kind does not describe, of no kind, or of no workshop, and keeps nothing of it', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    const live = (await store.createLink(leadLink(workshopId, lead, 1))).link;
    const refused: unknown[] = [
      { ...leadLink(workshopId, lead, 2), details: { actionId: 'action-1', slot: 'sponsor', leadName: 'Nobody' } },
      { ...leadLink(workshopId, lead, 3), details: { actionId: 'action-1', slot: 'councilLead' } },
      { ...shareLink(workshopId, lead, 4), details: { actionId: 'action-1' } },
      { ...shareLink(workshopId, lead, 5), kind: 'invitation' },
      { ...shareLink(workshopId, lead, 6), kind: 'constructor' },
      { ...leadLink(workshopId, lead, 7), details: { actionId: 'action-1', slot: 'councilLead', leadName: 'Nul\u0000name' } },
      { ...shareLink('no-such-workshop-0001' as WorkshopId, lead, 8) },
    ];
    for (const link of refused) await expect(store.createLink(link as NewLink)).rejects.toThrow();
    expect(await store.listLinks(workshopId)).toEqual([live]);
    expect(await store.findLinkByTokenHash(`lead-token-1-${workshopId}`)).toEqual(live);
  });
}
