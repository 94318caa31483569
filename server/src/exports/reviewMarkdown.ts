import { summaryGroups, type ReviewAction, type ReviewDocument, type ReviewObjective, type ReviewReport, type ReviewStatus } from '@roundtable/shared/review/reviewDocument';
import { dayText } from './exportWording';
import { markdownText } from './profileMarkdown';
import {
  asOfText,
  basisText,
  dueByText,
  EVIDENCE_LABEL,
  generatedText,
  HISTORY_COLUMNS,
  historyHeading,
  KEY_LEARNING_AGREED,
  KEY_LEARNING_ALL,
  KEY_LEARNING_LOOSE,
  KEY_LEARNING_TITLE,
  laterDraftText,
  leadText,
  NO_ACTIONS,
  NO_HISTORY,
  NO_KEY_LEARNING,
  NO_OBJECTIVES,
  NO_PRINCIPLES,
  NO_VISION,
  NOT_SHOWN_BY_SECTOR,
  NOTHING_AGREED,
  NOTHING_OVERDUE,
  notReportedText,
  objectiveHeading,
  OVERDUE_COLUMNS,
  OVERDUE_MARK,
  OVERDUE_TITLE,
  percentText,
  PRINCIPLES_TITLE,
  printableReview,
  PROGRESS_TITLE,
  reportedByText,
  responsesText,
  reviewSubtitle,
  sectorShareText,
  STATUS_TABLE_COLUMNS,
  SUMMARY_ALL,
  SUMMARY_EXPLAIN,
  SUMMARY_GROUP_TITLES,
  SUMMARY_STATUSES,
  SUMMARY_TITLE,
  SUMMARY_TOTAL,
  summaryStatus,
  SURVEY_ANSWER_ORDER,
  SURVEY_COLUMNS,
  SURVEY_SECTOR_COLUMNS,
  SURVEY_SECTOR_TITLE,
  SURVEY_TABLE_INTRO,
  SURVEY_TEXT_NONE,
  SURVEY_TITLE,
  surveyNotClosedText,
  VISION_QUESTION,
  VISION_TITLE,
  webUrl,
} from './reviewWording';

/** Markdown has no colour: a status reads as its words and, in brackets, its RAG colour. */
function statusText(status: ReviewStatus): string {
  return `${status.words} (${status.rag})`;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number, right: readonly number[] = []) => row(Array.from({ length: n }, (_, i) => (right.includes(i) ? '---:' : '---')));

/** A link's address inside `<…>`, with the characters that could end it or break the table percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[<>|\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function evidenceText(report: ReviewReport): string {
  const items = report.evidence.map((e) => {
    const url = webUrl(e.url);
    return url ? `[${markdownText(e.text)}](<${markdownUrl(url)}>)` : markdownText(e.text);
  });
  return items.length === 0 ? '' : `*${EVIDENCE_LABEL}* ${items.join('; ')}`;
}

function timescaleCell(action: ReviewAction): string {
  const due = action.dueBy ? ` (${dueByText(action.dueBy)})` : '';
  return `${markdownText(action.timescale)}${due}${action.overdue ? `<br>**${OVERDUE_MARK}**` : ''}`;
}

function objectiveSection(objective: ReviewObjective): string[] {
  const lines = ['', `### ${markdownText(objectiveHeading(objective))}`, ''];
  if (objective.actions.length === 0) return [...lines, `*${NO_ACTIONS}*`];
  lines.push(
    row(STATUS_TABLE_COLUMNS),
    rule(STATUS_TABLE_COLUMNS.length),
    ...objective.actions.map((a) => row([`**${a.number}** ${markdownText(a.text)}`, markdownText(leadText(a.councilLead)), markdownText(leadText(a.thirdSectorLead)), timescaleCell(a), statusText(a.latest)])),
    '',
  );
  const reports = objective.actions.flatMap((a) => a.history.map((h) => ({ a, h })));
  if (reports.length === 0) return [...lines, `*${NO_HISTORY}*`];
  return [
    ...lines,
    `**${historyHeading(objective)}**`,
    '',
    row(HISTORY_COLUMNS),
    rule(HISTORY_COLUMNS.length),
    ...reports.map(({ a, h }) => {
      const note = [h.note ? h.note.split('\n').map(markdownText).join('<br>') : '', evidenceText(h)].filter(Boolean).join('<br>');
      return row([a.number, dayText(h.at), reportedByText(h), statusText(h), note]);
    }),
  ];
}

function summarySection(doc: ReviewDocument): string[] {
  const groups = summaryGroups(doc.summary);
  const { overall, bySector } = doc.summary;
  const notReported = notReportedText(overall.notReported);
  return [
    `## ${SUMMARY_TITLE}`,
    '',
    row(['Status', SUMMARY_ALL, ...groups.map((g) => SUMMARY_GROUP_TITLES[g])]),
    rule(groups.length + 2, Array.from({ length: groups.length + 1 }, (_, i) => i + 1)),
    ...SUMMARY_STATUSES.map((s) => row([statusText(summaryStatus(s)), String(overall.counts[s]), ...groups.map((g) => String(bySector[g].counts[s]))])),
    row([`**${SUMMARY_TOTAL}**`, `**${overall.total}**`, ...groups.map((g) => `**${bySector[g].total}**`)]),
    '',
    ...(notReported ? [notReported, ''] : []),
    `*${SUMMARY_EXPLAIN}*`,
  ];
}

function overdueSection(doc: ReviewDocument): string[] {
  const lines = ['', `## ${OVERDUE_TITLE}`, ''];
  if (doc.overdue.length === 0) return [...lines, NOTHING_OVERDUE];
  return [
    ...lines,
    row(OVERDUE_COLUMNS),
    rule(OVERDUE_COLUMNS.length),
    ...doc.overdue.map((o) => row([`**${o.number}** ${markdownText(o.text)}`, markdownText(o.timescale), statusText(o.latest), `${markdownText(leadText(o.councilLead))}<br>${markdownText(leadText(o.thirdSectorLead))}`])),
  ];
}

function visionSection(doc: ReviewDocument): string[] {
  const { vision, principles } = doc.plan;
  return [
    '',
    `## ${VISION_TITLE}`,
    '',
    `*${VISION_QUESTION}*`,
    '',
    ...(vision ? vision.split('\n').flatMap((p, i) => (i === 0 ? [`> ${markdownText(p)}`] : ['>', `> ${markdownText(p)}`])) : [`*${NO_VISION}*`]),
    '',
    `### ${PRINCIPLES_TITLE}`,
    '',
    ...(principles.length > 0 ? principles.map((p) => `- ${markdownText(p)}`) : [`*${NO_PRINCIPLES}*`]),
  ];
}

function keyLearningSection(doc: ReviewDocument): string[] {
  const { prompt, agreed, groups } = doc.keyLearning;
  const lines = ['', `## ${KEY_LEARNING_TITLE}`, '', ...(prompt ? [`*${markdownText(prompt)}*`, ''] : [])];
  if (agreed.length === 0 && groups.length === 0) return [...lines, `*${NO_KEY_LEARNING}*`];
  const anyCluster = groups.some((g) => g.name !== null);
  return [
    ...lines,
    `### ${KEY_LEARNING_AGREED}`,
    '',
    ...(agreed.length > 0 ? agreed.map((t, i) => `${i + 1}. ${markdownText(t)}`) : [`*${NOTHING_AGREED}*`]),
    '',
    `### ${KEY_LEARNING_ALL}`,
    ...groups.flatMap((g) => ['', ...(g.name !== null ? [`**${markdownText(g.name)}**`, ''] : anyCluster ? [`**${KEY_LEARNING_LOOSE}**`, ''] : []), ...g.texts.map((t) => `- ${markdownText(t)}`)]),
  ];
}

function surveySection(doc: ReviewDocument): string[] {
  const lines = ['', `## ${SURVEY_TITLE}`, ''];
  const results = doc.survey.results;
  if (!results) return [...lines, surveyNotClosedText(doc)];
  lines.push(responsesText(results), '');
  if (results.scale.length > 0) {
    lines.push(
      SURVEY_TABLE_INTRO,
      '',
      row(SURVEY_COLUMNS),
      rule(SURVEY_COLUMNS.length, Array.from({ length: SURVEY_COLUMNS.length - 1 }, (_, i) => i + 1)),
      ...results.scale.map((r) => row([markdownText(r.text), `**${percentText(r.helpfulShare)}**`, ...SURVEY_ANSWER_ORDER.map((a) => percentText(r.shares[a])), String(r.answered)])),
      '',
      `### ${SURVEY_SECTOR_TITLE}`,
      '',
    );
    if (results.sectorSplitShown) {
      lines.push(
        row(SURVEY_SECTOR_COLUMNS),
        rule(3, [1, 2]),
        ...results.scale.map((r) => row([markdownText(r.text), ...(r.bySector ? [`**${sectorShareText(r.bySector.local_authority)}**`, `**${sectorShareText(r.bySector.third_sector)}**`] : ['–', '–'])])),
        '',
      );
    } else {
      lines.push(`*${NOT_SHOWN_BY_SECTOR}*`, '');
    }
  }
  for (const t of results.text) {
    lines.push(`### ${markdownText(t.question)}`, '', ...(t.answers.length > 0 ? t.answers.map((a) => `- ${a.split('\n').map(markdownText).join(' ')}`) : [`*${SURVEY_TEXT_NONE}*`]), '');
  }
  return lines;
}

/** The session-five review as a Markdown document (GitHub-flavoured tables). */
export function reviewMarkdown(typed: ReviewDocument): string {
  const doc = printableReview(typed);
  const later = laterDraftText(doc);
  const lines = [
    `# ${markdownText(doc.title)}`,
    '',
    `**${markdownText(reviewSubtitle(doc))}**`,
    '',
    doc.draft ? `> **${asOfText(doc)}**` : `**${asOfText(doc)}**`,
    '',
    basisText(doc),
    ...(later ? ['', `*${later}*`] : []),
    '',
    generatedText(doc),
    '',
    ...summarySection(doc),
    ...overdueSection(doc),
    '',
    `## ${PROGRESS_TITLE}`,
    ...(doc.objectives.length > 0 ? doc.objectives.flatMap(objectiveSection) : ['', `*${NO_OBJECTIVES}*`]),
    ...visionSection(doc),
    ...keyLearningSection(doc),
    ...surveySection(doc),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
