import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReviewDocument } from '@roundtable/shared/review/reviewDocument';
import { mutedLine } from './pdfLayout';
import { reviewTable } from './reviewPdfTable';
import { REVIEW_WORDING as words, SURVEY_ANSWER_ORDER } from './reviewWording';

/**
 * The review PDF's last two sections, what the group learnt and said: the key-learning boards (agreed items, then
 * everything on them) and the feedback survey's results (the helpful share in bold, as in the PIP report's tables).
 * Headings carry the ids reviewPdf.ts keeps with the start of their section.
 */

export function keyLearningSection(doc: ReviewDocument): Content[] {
  const { prompt, agreed, groups } = doc.keyLearning;
  const lines: Content[] = [{ text: words.keyLearningTitle, style: 'heading', headlineLevel: 1, id: 'key-learning' }, ...(prompt ? [mutedLine(prompt, 'question')] : [])];
  if (agreed.length === 0 && groups.length === 0) return [...lines, mutedLine(words.noKeyLearning)];
  const anyCluster = groups.some((g) => g.name !== null);
  return [
    ...lines,
    { text: words.keyLearningAgreed, style: 'subheading', headlineLevel: 2, id: 'key-learning-agreed' },
    agreed.length > 0 ? { ol: [...agreed] } : mutedLine(words.nothingAgreed),
    { text: words.keyLearningAll, style: 'subheading', headlineLevel: 2, id: 'key-learning-all' },
    ...groups.flatMap((g): Content[] => {
      const name = g.name ?? (anyCluster ? words.keyLearningLoose : null);
      return [...(name ? [{ text: name, bold: true, margin: [0, 6, 0, 2] as [number, number, number, number] }] : []), { ul: [...g.texts] }];
    }),
  ];
}

export function surveySection(doc: ReviewDocument): Content[] {
  const lines: Content[] = [{ text: words.surveyTitle, style: 'heading', headlineLevel: 1, id: 'survey' }];
  const results = doc.survey.results;
  if (!results) return [...lines, { text: words.surveyNotClosedText(doc) }];
  lines.push({ text: words.responsesText(results), margin: [0, 0, 0, 8] });
  if (results.scale.length > 0) {
    const right = words.surveyColumns.map((_, i) => i).slice(1);
    const rows = results.scale.map((r): TableCell[] => [
      r.text,
      { text: words.percentText(r.helpfulShare), bold: true, alignment: 'right' },
      ...SURVEY_ANSWER_ORDER.map((a): TableCell => ({ text: words.percentText(r.shares[a]), alignment: 'right' })),
      { text: String(r.answered), alignment: 'right' },
    ]);
    lines.push(
      { text: words.surveyTableIntro, margin: [0, 0, 0, 4] },
      reviewTable(['*', 46, 32, 34, 44, 40, 30, 42], words.surveyColumns, rows, { right, fontSize: 8.5, paddingX: 3 }),
      { text: words.surveySectorTitle, style: 'subheading', headlineLevel: 2, id: 'survey-sector' },
    );
    if (results.sectorSplitShown) {
      const share = (s: { answered: number; helpfulShare: number | null }): TableCell => ({ text: words.sectorShareText(s), bold: true, alignment: 'right' });
      const dash: TableCell = { text: '–', alignment: 'right' };
      const sectorRows = results.scale.map((r): TableCell[] => [r.text, ...(r.bySector ? [share(r.bySector.local_authority), share(r.bySector.third_sector)] : [dash, dash])]);
      lines.push(reviewTable(['*', 110, 110], words.surveySectorColumns, sectorRows, { right: [1, 2] }));
    } else {
      lines.push(mutedLine(words.notShownBySector));
    }
  }
  results.text.forEach((t, i) => {
    lines.push({ text: t.question, style: 'subheading', headlineLevel: 2, id: `survey-text-${i}` });
    lines.push(t.answers.length > 0 ? { ul: t.answers.map((a) => a.split('\n').join(' ')) } : mutedLine(words.surveyTextNone));
  });
  return lines;
}

