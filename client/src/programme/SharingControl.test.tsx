import { EMPTY_PERSONAL_VIEW } from '@roundtable/shared/workshop/personalView';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LiveWorkshopContext, type LiveWorkshop } from '../live/LiveWorkshopContext';
import { testBoard, testCard, workshopWith } from '../testing/workshopFixture';
import { SharingControl } from './SharingControl';

function render(workshop: WorkshopState): string {
  const live = {
    workshop,
    me: { workshopId: workshop.meta.id, memberId: 'member0001', role: 'facilitator', sector: null },
    onlineMemberIds: null,
    submit: () => Promise.reject(new Error('nothing is sent while rendering')),
    personal: EMPTY_PERSONAL_VIEW,
    clockOffsetMs: 0,
    dragPresence: { publish: () => {}, current: () => [], subscribe: () => () => {} },
  } as unknown as LiveWorkshop;
  return renderToStaticMarkup(
    <LiveWorkshopContext.Provider value={live}>
      <SharingControl />
    </LiveWorkshopContext.Provider>,
  );
}

/** Each checkbox's label, with whether it is checked. */
const choices = (html: string) => [...html.matchAll(/<input type="checkbox"( checked="")?[^>]*\/>([^<]*)<\/label>/g)].map((m) => [m[2], Boolean(m[1])]);

describe('what the console marks as shared with the programme', () => {
  const board = testBoard({ title: 'Local drivers', phase: 'agree' });
  const base = workshopWith({
    boards: [board],
    cards: [testCard('card000001', { text: 'Social value', agreed: true }), testCard('card000002', { text: 'Not agreed' })],
  });

  it('[PROG4] offers the area, each board and each agreed item, checked while shared', () => {
    expect(choices(render(base))).toEqual([
      ['Share this area’s outputs with the programme', true],
      ['Share “Local drivers” with the programme', true],
      ['Share “Social value” with the programme', true],
    ]);
    const marked = render({ ...base, sharing: { areaWithheld: false, withheldBoardIds: [], withheldItemIds: ['card000001'] } });
    expect(choices(marked)).toContainEqual(['Share “Social value” with the programme', false]);
  });

  it('[PROG4] a board or the area kept back hides what it holds', () => {
    expect(choices(render({ ...base, sharing: { areaWithheld: false, withheldBoardIds: [board.id], withheldItemIds: [] } }))).toEqual([
      ['Share this area’s outputs with the programme', true],
      ['Share “Local drivers” with the programme', false],
    ]);
    expect(choices(render({ ...base, sharing: { areaWithheld: true, withheldBoardIds: [], withheldItemIds: [] } }))).toEqual([['Share this area’s outputs with the programme', false]]);
  });
});
