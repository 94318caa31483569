import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionId } from '@roundtable/shared/ids/ids';
import type { LeadLinkCreated } from '@roundtable/shared/protocol/rest';
import { createLogger } from '../app/logger';
import { documentFiles } from '../exports/documentFiles';
import { inThreadRenderer } from '../exports/documentRenderer';
import { access, defineExport } from '../exports/exportDocument';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, joinTestWorkshop, tokenOf } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';
import { exportRoutes } from './exportRoutes';
import { newId, newJoinCode } from './secrets';

const srv = testServerForFile({ logLevel: 'error' });

/** A document only lead links may fetch: the action their link is for, as a line of text. */
const LEAD_NOTE = defineExport({
  name: 'note',
  formats: { md: (text: string) => Buffer.from(`${text}\n`, 'utf8') },
  fileName: (_text, extension) => `lead-note.${extension}`,
  access: {
    leadLink: access({
      noun: 'note',
      build: (state, { asker }) => state.actions[asker.details.actionId as ActionId]?.text ?? null,
      unavailable: () => ({ code: 'not_found', message: 'This action is not in the plan any more.' }),
    }),
  },
});

/** The document routes with a registry of that one document, on the test server's store and rooms (rendered in this thread: the render workers know only the registry). */
async function routesFor(): Promise<{ url: string; close: () => Promise<void> }> {
  const files = documentFiles(inThreadRenderer([LEAD_NOTE]));
  const context = () => ({ now: new Date().toISOString(), newId, newJoinCode });
  const app = express().use('/api', exportRoutes({ store: srv.store, rooms: srv.server.rooms, context, documents: [LEAD_NOTE], files, logger: createLogger('silent') }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('a document served to lead links', () => {
  const opened: { close: () => Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.close();
  });

  it('is fetched with the lead\'s token at /api/lead/<name>.<ext>, built for that lead, and refused without it or once revoked', async () => {
    const w = await createTestWorkshop(srv.url);
    const cara = await joinTestWorkshop(srv.url, w.joinCode, 'Cara Council', 'local_authority', 'Darlington Borough Council');
    const facilitator = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    try {
      await Promise.all([facilitator.whenSynced(), facilitator.whenConnected()]);
      const ok = <T>(ack: { ok: true; data: T } | { ok: false }) => (ack.ok ? ack.data : expect.fail(JSON.stringify(ack)));
      const { objectiveId } = ok(await facilitator.send('objective:add', { text: 'A joint training strategy' }));
      const { actionId } = ok(await facilitator.send('action:add', { objectiveId, text: 'Map existing training in both sectors' }));
      ok(await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: cara.participantId } }));
      const made = await fetch(`${srv.url}/api/workshops/${w.workshopId}/lead-links`, { method: 'POST', headers: { ...bearer(w.leadToken), 'content-type': 'application/json' }, body: JSON.stringify({ actionId, slot: 'councilLead' }) });
      const link = (await made.json()) as LeadLinkCreated;
      const token = tokenOf(link.url);

      const routes = await routesFor();
      opened.push(routes);
      const get = (path: string, headers: Record<string, string> = {}) => fetch(`${routes.url}${path}`, { headers });

      const res = await get('/api/lead/note.md', bearer(token));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="lead-note.md"');
      expect(await res.text()).toBe('Map existing training in both sectors\n');

      expect(await (await get('/api/lead/note.pdf', bearer(token))).json()).toEqual({ error: { code: 'not_found', message: 'The note can be downloaded as .md.' } });
      const none = await get('/api/lead/note.md');
      expect(none.status).toBe(401);
      expect(((await none.json()) as { error: { message: string } }).error.message).toContain('This progress link does not work');
      expect((await get('/api/lead/note.md', bearer(w.leadToken))).status).toBe(401);
      // Members and share links have no URL for it.
      expect((await get(`/api/workshops/${w.workshopId}/note.md`, bearer(w.leadToken))).status).toBe(404);
      expect((await get('/api/shared/note.md', bearer(token))).status).toBe(404);

      ok(await facilitator.send('action:remove', { actionId }));
      expect(await (await get('/api/lead/note.md', bearer(token))).json()).toEqual({ error: { code: 'not_found', message: 'This action is not in the plan any more.' } });

      expect((await fetch(`${srv.url}/api/workshops/${w.workshopId}/lead-links/${link.link.linkId}`, { method: 'DELETE', headers: bearer(w.leadToken) })).status).toBe(204);
      expect((await get('/api/lead/note.md', bearer(token))).status).toBe(401);
    } finally {
      facilitator.close();
    }
  });
});
