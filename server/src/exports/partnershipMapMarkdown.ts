import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import { mapGapLines, mapRow, PARTNERSHIP_MAP_WORDING as words } from './partnershipMapWording';
import { markdownText } from './profileMarkdown';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** [MAP8] The partnership map's section of a Markdown document: a table per ring, then the gaps. Nothing while the map is empty. */
export function partnershipMapMarkdown(doc: PartnershipMapDocument | null | undefined, level: number): string[] {
  if (!doc) return [];
  const hashes = '#'.repeat(level);
  const lines = ['', `${hashes} ${words.title}`, '', `*${words.source}*`];
  for (const { ring, organisations } of doc.rings) {
    lines.push('', `${hashes}# ${words.rings[ring]}`, '');
    if (organisations.length === 0) lines.push(words.emptyRing);
    else lines.push(row(words.columns), row(['---', '---', '---']), ...organisations.map((o) => row(mapRow(o).map((c, i) => (i === 0 ? markdownText(c) : c)))));
  }
  lines.push('', `${hashes}# ${words.gapsTitle}`, '', ...mapGapLines(doc).map((l) => `- ${markdownText(l)}`));
  return lines;
}
