import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { ReviewDocument } from '@roundtable/shared/review/reviewDocument';
import { cell, fitColumns, mutedParagraph, table } from './docxLayout';
import { heading, listItem, NUMBERED, para } from './reviewDocxParts';
import { REVIEW_WORDING as words, SURVEY_ANSWER_ORDER } from './reviewWording';

/**
 * The review's Word sections on what the group learnt and said: the key-learning boards (agreed items, then
 * everything on them) and the feedback survey's results, the helpful share in bold as in the PIP report's tables.
 */

/** The survey table's text: 9 pt (half-points), its header 8 pt, so eight columns fit 17 cm with their words whole. */
const SURVEY_SIZE = 18;
const SURVEY_HEADER_SIZE = 16;
const SURVEY_WIDTHS = [2838, 1000, 900, 900, 900, 900, 900, 1300] as const;
const SECTOR_WIDTHS = [4838, 2400, 2400] as const;

export function keyLearningSection(doc: ReviewDocument): Paragraph[] {
  const { prompt, agreed, groups } = doc.keyLearning;
  const lines = [heading(HeadingLevel.HEADING_1, words.keyLearningTitle), ...(prompt ? [mutedParagraph(prompt, { keepNext: true, after: 120 })] : [])];
  if (agreed.length === 0 && groups.length === 0) return [...lines, mutedParagraph(words.noKeyLearning)];
  const anyCluster = groups.some((g) => g.name !== null);
  return [
    ...lines,
    heading(HeadingLevel.HEADING_2, words.keyLearningAgreed),
    ...(agreed.length > 0 ? agreed.map((t) => listItem(t, NUMBERED)) : [mutedParagraph(words.nothingAgreed)]),
    heading(HeadingLevel.HEADING_2, words.keyLearningAll),
    ...groups.flatMap((g) => {
      const name = g.name ?? (anyCluster ? words.keyLearningLoose : null);
      return [
        ...(name ? [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: name, bold: true })] })] : []),
        ...g.texts.map((t) => listItem(t)),
      ];
    }),
  ];
}

export function surveySection(doc: ReviewDocument): (Paragraph | Table)[] {
  const lines: (Paragraph | Table)[] = [heading(HeadingLevel.HEADING_1, words.surveyTitle)];
  const results = doc.survey.results;
  if (!results) return [...lines, para(words.surveyNotClosedText(doc))];
  lines.push(para(words.responsesText(results), { after: 120 }));
  if (results.scale.length > 0) {
    const right = words.surveyColumns.map((_, i) => i).slice(1);
    const widths = fitColumns(SURVEY_WIDTHS, { titles: words.surveyColumns, rows: results.scale.map((r) => [r.text]), headerSize: SURVEY_HEADER_SIZE, bodySize: SURVEY_SIZE });
    const rows = results.scale.map((r) => [
      cell(r.text, widths[0]!, { size: SURVEY_SIZE }),
      cell([new Paragraph({ alignment: 'right', children: [new TextRun({ text: words.percentText(r.helpfulShare), bold: true, size: SURVEY_SIZE })] })], widths[1]!),
      ...SURVEY_ANSWER_ORDER.map((a, i) => cell(words.percentText(r.shares[a]), widths[i + 2]!, { right: true, size: SURVEY_SIZE })),
      cell(String(r.answered), widths[7]!, { right: true, size: SURVEY_SIZE }),
    ]);
    lines.push(para(words.surveyTableIntro, { keepNext: true }), table(words.surveyColumns, widths, rows, right, SURVEY_HEADER_SIZE), heading(HeadingLevel.HEADING_2, words.surveySectorTitle));
    if (results.sectorSplitShown) {
      const [itemWidth, councilWidth, thirdWidth] = fitColumns(SECTOR_WIDTHS, { titles: words.surveySectorColumns, rows: results.scale.map((r) => [r.text]) }) as [number, number, number];
      const bold = (text: string, width: number) => cell([new Paragraph({ alignment: 'right', children: [new TextRun({ text, bold: true })] })], width);
      const sectorRows = results.scale.map((r) => [
        cell(r.text, itemWidth),
        ...(r.bySector ? [bold(words.sectorShareText(r.bySector.local_authority), councilWidth), bold(words.sectorShareText(r.bySector.third_sector), thirdWidth)] : [cell('–', councilWidth, { right: true }), cell('–', thirdWidth, { right: true })]),
      ]);
      lines.push(table(words.surveySectorColumns, [itemWidth, councilWidth, thirdWidth], sectorRows, [1, 2]));
    } else {
      lines.push(mutedParagraph(words.notShownBySector));
    }
  }
  for (const t of results.text) {
    lines.push(heading(HeadingLevel.HEADING_2, t.question));
    if (t.answers.length === 0) lines.push(mutedParagraph(words.surveyTextNone));
    for (const answer of t.answers) lines.push(listItem(answer.split('\n').join(' ')));
  }
  return lines;
}

