import type { Board } from '@roundtable/shared/board/board';
import { EMPTY_PERSONAL_VIEW } from '@roundtable/shared/workshop/personalView';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LiveWorkshopContext, type LiveWorkshop } from '../live/LiveWorkshopContext';
import { testBoard, testCard, testCluster, workshopWith } from '../testing/workshopFixture';
import { VotePanel } from './VotePanel';

function render(workshop: WorkshopState, board: Board): string {
  const live = {
    workshop,
    me: { workshopId: workshop.meta.id, memberId: 'member0001', role: 'participant', sector: 'third_sector' },
    onlineMemberIds: null,
    submit: () => Promise.reject(new Error('nothing is sent while rendering')),
    personal: EMPTY_PERSONAL_VIEW,
    clockOffsetMs: 0,
    dragPresence: { publish: () => {}, current: () => [], subscribe: () => () => {} },
  } as unknown as LiveWorkshop;
  return renderToStaticMarkup(
    <LiveWorkshopContext.Provider value={live}>
      <VotePanel board={board} />
    </LiveWorkshopContext.Provider>,
  );
}

/** The names of the "Add a dot" buttons, in order: the items offered. */
const offered = (html: string) => [...html.matchAll(/aria-label="Add a dot to “([^”]*)”"/g)].map((m) => m[1]);

function groupedBoard(voteOn: Board['voteOn']) {
  const board = testBoard({ phase: 'vote', voteOn });
  const workshop = workshopWith({
    boards: [board],
    clusters: [testCluster('clusterR01', 'Resources', 0)],
    cards: [
      testCard('card000001', { text: 'Funding', clusterId: 'clusterR01' as never, position: 0 }),
      testCard('card000002', { text: 'Shared buildings', clusterId: 'clusterR01' as never, position: 1 }),
      testCard('card000003', { text: 'Time to meet' }),
    ],
  });
  return { board, workshop };
}

describe('the vote on a phone', () => {
  it('[VOTE7] on a board voting on groups, says so and offers dots on the groups and the cards outside every group only', () => {
    const { board, workshop } = groupedBoard('clusters');
    const html = render(workshop, board);
    expect(html).toContain('<h3 id=');
    expect(html).toMatch(/<h3[^>]*>Vote on the clusters<\/h3>/);
    expect(offered(html)).toEqual(['Resources', 'Time to meet']);
    // The group's cards are there to read, without dots of their own.
    expect(html).toContain('aria-label="Cards in “Resources”"');
    expect(html).toContain('<li>Funding</li>');
    expect(html).toContain('<li>Shared buildings</li>');
  });

  it('[VOTE7] on a board voting on cards, says so and offers every card, each with the group it sits in, and no group', () => {
    const { board, workshop } = groupedBoard('cards');
    const html = render(workshop, board);
    expect(html).toMatch(/<h3[^>]*>Vote on the cards<\/h3>/);
    expect(offered(html)).toEqual(['Funding', 'Shared buildings', 'Time to meet']);
    expect(html).toContain('In “Resources”');
    expect(html).not.toContain('Cards in “Resources”');
  });

  it('[VOTE7] a board without clusters votes on its cards, whatever its setting', () => {
    const board = testBoard({ phase: 'vote', voteOn: 'clusters' });
    const html = render(workshopWith({ boards: [board], cards: [testCard('card000001', { text: 'Trust' })] }), board);
    expect(html).toMatch(/<h3[^>]*>Vote on the cards<\/h3>/);
    expect(offered(html)).toEqual(['Trust']);
  });
});
