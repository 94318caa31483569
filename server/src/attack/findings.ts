import { preview } from './stateDifferences';

/** What the fuzzer checks; each is one `it` of the suite, so a failure names the broken guarantee. */
export const CHECKS = {
  internal: 'no answer is `internal` (a REST 500)',
  unavailable: 'no payload is answered `unavailable` or `read_only` (a REST 503): a client retries it forever, or the workshop is damaged',
  noAnswer: 'every emit with an ack is answered',
  disconnected: 'a connection is closed only for a frame over the size limit',
  refusedButChanged: 'a refused command or request changes nothing',
  invalidNotRefused: 'a payload the schema refuses is answered `invalid_payload` (CMD3)',
  repeatDiffers: 'a repeated command id answers the first result and changes nothing (CMD2)',
  unhealthy: 'the server answers its health route after every batch',
  otherChanged: 'other workshops are unchanged by a batch',
  reloadDiffers: 'every touched workshop reloads from the store equal to its live state (DUR1)',
  membersSeeOtherwise: "members' Yjs docs show the live state",
  exportFails: "the workshop's documents and links still work afterwards",
  accountsReadBack: "what the account routes accepted reads back, and the accounts' pages, passkeys and recovery codes still work afterwards",
} as const;
export type Check = keyof typeof CHECKS;

/** One case as sent and answered, printed with any finding it is blamed for. */
export interface CaseRecord {
  no: number;
  workshop: string;
  who: string;
  /** The command's event, or `METHOD /path`. */
  what: string;
  /** `valid`, or the mutation's name. */
  mutation: string;
  note: string;
  /** The arguments before the ack, or the request body. */
  sent: unknown;
  answer: string;
  /** The parts of the workshop's state it changed. */
  changed: string[];
}

export interface Finding {
  check: Check;
  workshop: string;
  detail: string;
  /** The cases it is blamed on (the one that did it, or the batch's suspects). */
  cases: CaseRecord[];
}

export function formatCase(c: CaseRecord): string {
  const how = c.mutation === 'valid' ? 'valid' : `${c.mutation}: ${c.note}`;
  const changed = c.changed.length > 0 ? `; changed ${c.changed.join(', ')}` : '';
  return `#${c.no} [${c.workshop}] ${c.who} → ${c.what} ${preview(c.sent)} (${how}) ⇒ ${c.answer}${changed}`;
}

const EXAMPLES = 3;

/** Findings, grouped so that the same failure from the same kind of case is printed once, with a count. */
export class FindingLog {
  /** Up to EXAMPLES findings of each kind are kept whole; the rest are counted. */
  private readonly groups = new Map<string, { first: Finding; more: Finding[]; count: number }>();

  add(finding: Finding): void {
    const lead = finding.cases[0];
    const key = [finding.check, finding.detail.replace(/#\d+|\b[A-Za-z0-9_-]{22}\b/g, '…').slice(0, 120), lead?.what, lead?.mutation].join('|');
    const group = this.groups.get(key);
    if (!group) this.groups.set(key, { first: finding, more: [], count: 1 });
    else {
      group.count += 1;
      if (group.more.length < EXAMPLES - 1) group.more.push(finding);
    }
  }

  count(check?: Check): number {
    return [...this.groups.values()].filter((g) => !check || g.first.check === check).reduce((n, g) => n + g.count, 0);
  }

  /** One paragraph per kind of failure of `check`: what, how often, and the cases to replay. */
  report(check: Check): string[] {
    return [...this.groups.values()]
      .filter((g) => g.first.check === check)
      .map(({ first, more, count }) => {
        const times = count > 1 ? ` (${count} times; ${more.length + 1} shown)` : '';
        const cases = first.cases.slice(0, 4).map((c) => `\n    ${formatCase(c)}`).join('');
        const rest = first.cases.length > 4 ? `\n    …and ${first.cases.length - 4} more cases in that batch` : '';
        const others = more.map((f) => `\n    also: ${f.cases[0] ? formatCase(f.cases[0]) : f.detail}`).join('');
        return `[${first.workshop}] ${first.detail}${times}${cases}${rest}${others}`;
      });
  }
}
