import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readHidden, writeHidden } from '../doc/hiddenDoc';
import { readWorkshop } from '../doc/readWorkshop';
import { writeWorkshop } from '../doc/workshopDoc';
import type { MemberId } from '../ids/ids';
import { fixedContext } from '../testing/fixedContext';
import { EMPTY_HIDDEN } from '../workshop/hiddenState';
import { hiddenStateSchema } from '../workshop/hiddenStateSchema';
import { createWorkshop } from '../workshop/workshopTransitions';
import type { HealthCheckId } from './healthCheck';

describe('the health check in the docs', () => {
  it('[HEALTH2] a workshop doc without health checks (written before they existed) reads back with none, without a new layout', () => {
    const { state } = createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, fixedContext());
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, state));
    expect(readWorkshop(doc).healthChecks).toEqual(state.healthChecks);
    doc.transact(() => doc.getMap('healthChecks').clear());
    expect(readWorkshop(doc).healthChecks).toEqual({});
  });

  it('[HEALTH4] the hidden doc keeps who answered which round, and one written before reads back with nobody', () => {
    const doc = new Y.Doc();
    const key = 'round-one-check:member-amy';
    const hidden = { ...EMPTY_HIDDEN, healthCheckRespondents: { [key]: { healthCheckId: 'round-one-check' as HealthCheckId, memberId: 'member-amy' as MemberId } } };
    doc.transact(() => writeHidden(doc, null, hidden));
    expect(hiddenStateSchema.parse(readHidden(doc)).healthCheckRespondents).toEqual(hidden.healthCheckRespondents);
    const older = new Y.Doc();
    older.getMap('cards');
    const { healthCheckRespondents: _none, ...withoutRespondents } = readHidden(older);
    expect(hiddenStateSchema.parse(withoutRespondents).healthCheckRespondents).toEqual({});
  });
});
