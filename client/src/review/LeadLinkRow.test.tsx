import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { LeadLinkInfo } from '@roundtable/shared/protocol/rest';
import { agreedPlan } from '@roundtable/shared/testing/agreedPlan';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { shareLinkTime } from '../plan/shareLinkList';
import { LeadLinkRow } from './LeadLinkRow';
import { planReview } from './planReview';

const item = planReview(agreedPlan().state, '2027-03-01')!.objectives[0]!.actions[0]!;
const link = (linkId: string, slot: LeadSlot, createdAt: string, revokedAt: string | null, actionId: string = item.action.id): LeadLinkInfo => ({
  linkId,
  workshopId: 'w1',
  actionId,
  slot,
  leadName: 'Lead',
  createdAt,
  revokedAt,
});
const row = (links: LeadLinkInfo[], slot: LeadSlot = 'councilLead') =>
  renderToStaticMarkup(<LeadLinkRow item={item} slot={slot} links={links} newUrl={null} making={false} actionShort="the audit" onMake={() => {}} onRevoke={() => {}} />);
/** The row's state line, as read out. */
const state = (html: string) => /<p class="lead-links__state">(.*?)<\/p>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
const when = (timestamp: string) => shareLinkTime('en-GB', timestamp);

describe('[REV1] a lead’s row in the links panel', () => {
  it('says "No link yet" and offers "Make link" to a lead who never had one', () => {
    const html = row([link('other', 'thirdSectorLead', '2027-01-01T10:00:00.000Z', null), link('elsewhere', 'councilLead', '2027-01-01T10:00:00.000Z', null, 'another-action')]);
    expect(state(html)).toBe('No link yet');
    expect(html).toContain('>Make link</button>');
  });

  it('says when the last link was revoked, the latest of several, and still offers "Make link"', () => {
    const html = row([link('a', 'councilLead', '2027-01-01T10:00:00.000Z', '2027-01-05T10:00:00.000Z'), link('b', 'councilLead', '2027-01-05T10:00:00.000Z', '2027-02-07T15:30:00.000Z')]);
    expect(state(html)).toBe(`Revoked on ${when('2027-02-07T15:30:00.000Z')}`);
    expect(html).toContain('>Make link</button>');
    expect(html).not.toContain('>Revoke<');
  });

  it('shows the live link, not an older revoked one, once a new link is made', () => {
    const html = row([link('a', 'councilLead', '2027-01-01T10:00:00.000Z', '2027-01-05T10:00:00.000Z'), link('b', 'councilLead', '2027-01-05T10:00:00.000Z', null)]);
    expect(state(html)).toBe(`Live made on ${when('2027-01-05T10:00:00.000Z')}`);
    expect(html).toContain('>New link</button>');
  });
});
