import * as Y from 'yjs';
import { writeWorkshop } from '@roundtable/shared/doc/workshopDoc';
import type { MemberId } from '@roundtable/shared/ids/ids';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { createWorkshop, type NewWorkshop } from '@roundtable/shared/workshop/workshopTransitions';
import { hashToken, newToken } from '../http/secrets';
import { JoinCodeTakenError, type WorkshopStore } from '../store/workshopStore';

/** A workshop just stored, with its two facilitators' seats and the tokens of their links (shown once, never stored). */
export interface StoredNewWorkshop {
  state: WorkshopState;
  leadFacilitatorId: MemberId;
  leadToken: string;
  coToken: string;
}

/** How many join codes are tried before giving up: a clash is rare, three in a row means something else is wrong. */
const JOIN_CODE_ATTEMPTS = 3;

/**
 * [WS1] Makes a workshop from the PIP template and stores it with its lead's and co-facilitator's seats (their
 * tokens stored only as hashes), trying a fresh join code when the one drawn is taken. Null when every attempt
 * clashed; whoever asked answers `unavailable`.
 */
export async function storeNewWorkshop(store: WorkshopStore, input: NewWorkshop, context: TransitionContext): Promise<StoredNewWorkshop | null> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt += 1) {
    const { state, leadFacilitatorId, coFacilitatorId } = createWorkshop(input, context);
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, state));
    const leadToken = newToken();
    const coToken = newToken();
    try {
      await store.createWorkshop({
        workshopId: state.meta.id,
        joinCode: state.meta.joinCode,
        update: Y.encodeStateAsUpdate(doc),
        members: [
          { memberId: leadFacilitatorId, role: 'facilitator', tokenHash: hashToken(leadToken) },
          { memberId: coFacilitatorId, role: 'facilitator', tokenHash: hashToken(coToken) },
        ],
      });
    } catch (error) {
      if (error instanceof JoinCodeTakenError) continue;
      throw error;
    } finally {
      doc.destroy();
    }
    return { state, leadFacilitatorId, leadToken, coToken };
  }
  return null;
}
