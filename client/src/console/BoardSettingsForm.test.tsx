import type { Board } from '@roundtable/shared/board/board';
import { EMPTY_PERSONAL_VIEW } from '@roundtable/shared/workshop/personalView';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LiveWorkshopContext, type LiveWorkshop } from '../live/LiveWorkshopContext';
import { testBoard, workshopWith } from '../testing/workshopFixture';
import { BoardSettingsForm } from './BoardSettingsForm';

function render(board: Board): string {
  const live = {
    workshop: workshopWith({ boards: [board] }),
    me: { workshopId: 'workshop0001', memberId: 'member0001', role: 'facilitator', sector: null },
    onlineMemberIds: null,
    submit: () => Promise.reject(new Error('nothing is sent while rendering')),
    personal: EMPTY_PERSONAL_VIEW,
    clockOffsetMs: 0,
    dragPresence: { publish: () => {}, current: () => [], subscribe: () => () => {} },
  } as unknown as LiveWorkshop;
  return renderToStaticMarkup(
    <LiveWorkshopContext.Provider value={live}>
      <BoardSettingsForm board={board} />
    </LiveWorkshopContext.Provider>,
  );
}

/** The fieldset whose legend is `legend`, as markup. */
function fieldset(html: string, legend: string): string {
  const at = html.indexOf(`<legend>${legend}</legend>`);
  expect(at, `a fieldset named “${legend}”`).toBeGreaterThan(0);
  const start = html.lastIndexOf('<fieldset', at);
  return html.slice(start, html.indexOf('</fieldset>', at));
}

describe("a board's settings", () => {
  it('[VOTE5] the facilitator chooses what the room votes on: the clusters (the default) or the cards', () => {
    const level = fieldset(render(testBoard({ phase: 'group' })), 'Once cards are in clusters, the room votes on');
    const radio = (value: string) => new RegExp(`<input type="radio"[^>]*value="${value}"[^>]*>`).exec(level)?.[0] ?? '';
    expect(radio('clusters')).toContain('checked=""');
    expect(level).toContain('The clusters (a card outside every cluster is an item of its own)');
    expect(radio('cards')).not.toContain('checked');
    expect(level).toContain('The cards, one by one');
    const chosen = fieldset(render(testBoard({ phase: 'group', voteOn: 'cards' })), 'Once cards are in clusters, the room votes on');
    expect(/<input type="radio"[^>]*checked=""[^>]*>/.exec(chosen)?.[0]).toContain('value="cards"');
  });

  it('[VOTE6] [SET1] from the vote on, the choice is fixed, and the form says so', () => {
    const html = render(testBoard({ phase: 'vote' }));
    const start = html.lastIndexOf('<fieldset', html.indexOf('<legend>Once cards are in clusters, the room votes on</legend>'));
    // The choice sits inside the voting settings' fieldset, which is disabled from the vote on.
    expect(html.slice(html.lastIndexOf('<fieldset', start - 1), start)).toContain('disabled=""');
    expect(html).toContain('Dots, what the room votes on and grouping are fixed from the vote on.');
  });
});
