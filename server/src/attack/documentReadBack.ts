import { LEAD_SLOTS } from '@roundtable/shared/plan/plan';
import { bearer, httpCall, jsonPost, type HttpRequest } from './attackHttp';
import type { CaseRecord, FindingLog } from './findings';
import { activeActors, type FuzzServer, type FuzzWorkshop } from './fuzzWorkshops';
import { stateOf } from './workshopScript';

/**
 * After the attack, what a workshop is for must still work: every document downloads, the links still open, and a
 * lead's link can still be made for every lead the plan names (a lead's name is stored beside the doc). Anything
 * but a server error is fine here (a 409 before agreement is the rule); a 5xx is blamed on the accepted cases that
 * stored unusual text (NUL, lone surrogates, huge), or else on every accepted change.
 */
const MEMBER_DOWNLOADS = ['profile.md', 'profile.docx', 'profile.pdf', 'plan.md', 'plan.csv', 'plan.docx', 'plan.pdf', 'review.md', 'review.docx', 'review.pdf', 'survey.csv'];
const UNUSUAL_TEXT = new Set(['NUL', 'lone surrogate', 'huge', 'built-in id', 'built-in key']);

function blamed(history: readonly CaseRecord[]): CaseRecord[] {
  const accepted = history.filter((r) => r.changed.length > 0);
  const unusual = accepted.filter((r) => UNUSUAL_TEXT.has(r.mutation));
  return (unusual.length > 0 ? unusual : accepted).slice(-8);
}

async function requestsFor(ctx: FuzzServer, w: FuzzWorkshop): Promise<{ who: string; request: HttpRequest }[]> {
  const facilitator = activeActors(w).find((a) => a.role === 'facilitator')!;
  const participant = activeActors(w).find((a) => a.role === 'participant');
  const base = `/api/workshops/${w.workshopId}`;
  const get = (path: string, token: string): HttpRequest => ({ method: 'GET', path, headers: bearer(token) });
  const requests = [
    ...MEMBER_DOWNLOADS.map((file) => ({ who: facilitator.label, request: get(`${base}/${file}`, facilitator.token) })),
    ...['me', 'share-links', 'lead-links'].map((path) => ({ who: facilitator.label, request: get(`${base}/${path}`, facilitator.token) })),
    ...(participant ? [{ who: participant.label, request: get(`${base}/me`, participant.token) }, { who: participant.label, request: get(`${base}/plan.md`, participant.token) }] : []),
    ...w.leadTokens.map((token) => ({ who: 'lead link', request: get('/api/lead/action.json', token) })),
    ...w.shareTokens.flatMap((token) => ['plan.json', 'plan.pdf'].map((file) => ({ who: 'share link', request: get(`/api/shared/${file}`, token) }))),
  ];
  const state = await stateOf(ctx.server, w.workshopId);
  for (const action of Object.values(state.actions)) {
    for (const slot of LEAD_SLOTS) {
      if (action[slot]) requests.push({ who: facilitator.label, request: jsonPost(`${base}/lead-links`, { actionId: action.id, slot }, bearer(facilitator.token)) });
    }
  }
  return requests;
}

/** Reads the workshop's documents and links back; returns how many requests it made. */
export async function readBack(ctx: FuzzServer, w: FuzzWorkshop, history: readonly CaseRecord[], log: FindingLog): Promise<number> {
  const requests = await requestsFor(ctx, w);
  for (const { who, request } of requests) {
    const answer = await httpCall(ctx.url, request);
    if (answer.status > 0 && answer.status < 500) continue;
    const error = (answer.body as { error?: { code?: string } } | null)?.error;
    const detail = `${who}: ${request.method} ${request.path.replace(w.workshopId, ':workshopId')}${request.rawBody ? ` ${request.rawBody}` : ''} answered ${answer.status}${error ? ` ${error.code}` : ''} after the attack; suspects:`;
    log.add({ check: 'exportFails', workshop: w.label, detail, cases: blamed(history) });
  }
  return requests.length;
}
