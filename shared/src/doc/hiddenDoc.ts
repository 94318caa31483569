import type * as Y from 'yjs';
import type { HiddenState } from '../workshop/hiddenState';
import { writeCollections } from './workshopDoc';

/**
 * The server's hidden doc: a second Y.Doc per workshop that never leaves the server, persisted with the same
 * update log as the shared doc. Its layout mirrors HiddenState, one Y.Map per entity:
 *
 *   cards:   Y.Map<CardId, Y.Map>    authors, private drafts, hidden text
 *   ballots: Y.Map<key,    Y.Map>    each participant's dots per board
 *   notices: Y.Map<id,     Y.Map>    private notices to authors
 *   undo:    Y.Map<seq,    Y.Map>    the facilitators' undo history
 *   planResponses: Y.Map<key, Y.Map>  answers when the action plan is put to the room
 *   surveyRespondents: Y.Map<MemberId, Y.Map>  who has answered the feedback survey (not what: SURV4)
 *   healthCheckRespondents: Y.Map<key, Y.Map>  who has answered which round of the health check (not what: HEALTH4)
 */
const HIDDEN_COLLECTIONS = ['cards', 'ballots', 'notices', 'undo', 'planResponses', 'surveyRespondents', 'healthCheckRespondents'] as const;

export function writeHidden(doc: Y.Doc, prev: HiddenState | null, next: HiddenState): void {
  writeCollections(doc, HIDDEN_COLLECTIONS, prev as unknown as Record<string, unknown> | null, next as unknown as Record<string, unknown>);
}

export function readHidden(doc: Y.Doc): HiddenState {
  const read = (name: (typeof HIDDEN_COLLECTIONS)[number]) => doc.getMap<Y.Map<unknown>>(name).toJSON();
  return { cards: read('cards'), ballots: read('ballots'), notices: read('notices'), undo: read('undo'), planResponses: read('planResponses'), surveyRespondents: read('surveyRespondents'), healthCheckRespondents: read('healthCheckRespondents') } as unknown as HiddenState;
}
