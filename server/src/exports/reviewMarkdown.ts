import { summaryGroups, type ReviewAction, type ReviewDocument, type ReviewObjective, type ReviewReport, type ReviewStatus } from '@roundtable/shared/review/reviewDocument';
import { dayText } from './exportWording';
import { printableReview, REVIEW_WORDING as words, SUMMARY_STATUSES, summaryStatus, SURVEY_ANSWER_ORDER, webUrl } from './reviewWording';
import { markdownText } from './profileMarkdown';
import { healthCheckMarkdown } from './healthCheckMarkdown';

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
  return items.length === 0 ? '' : `*${words.evidenceLabel}* ${items.join('; ')}`;
}

function timescaleCell(action: ReviewAction): string {
  const due = action.dueBy ? ` (${words.dueByText(action.dueBy)})` : '';
  return `${markdownText(action.timescale)}${due}${action.overdue ? `<br>**${words.overdueMark}**` : ''}`;
}

function objectiveSection(objective: ReviewObjective): string[] {
  const lines = ['', `### ${markdownText(words.objectiveHeading(objective))}`, ''];
  if (objective.actions.length === 0) return [...lines, `*${words.noActions}*`];
  lines.push(
    row(words.statusTableColumns),
    rule(words.statusTableColumns.length),
    ...objective.actions.map((a) => row([`**${a.number}** ${markdownText(a.text)}`, markdownText(words.leadText(a.councilLead)), markdownText(words.leadText(a.thirdSectorLead)), timescaleCell(a), statusText(a.latest)])),
    '',
  );
  const reports = objective.actions.flatMap((a) => a.history.map((h) => ({ a, h })));
  if (reports.length === 0) return [...lines, `*${words.noHistory}*`];
  return [
    ...lines,
    `**${words.historyHeading(objective)}**`,
    '',
    row(words.historyColumns),
    rule(words.historyColumns.length),
    ...reports.map(({ a, h }) => {
      const note = [h.note ? h.note.split('\n').map(markdownText).join('<br>') : '', evidenceText(h)].filter(Boolean).join('<br>');
      return row([a.number, dayText(h.at), words.reportedByText(h), statusText(h), note]);
    }),
  ];
}

function summarySection(doc: ReviewDocument): string[] {
  const groups = summaryGroups(doc.summary);
  const { overall, bySector } = doc.summary;
  const notReported = words.notReportedText(overall.notReported);
  return [
    `## ${words.summaryTitle}`,
    '',
    row(words.summaryColumns(groups)),
    rule(groups.length + 2, Array.from({ length: groups.length + 1 }, (_, i) => i + 1)),
    ...SUMMARY_STATUSES.map((s) => row([statusText(summaryStatus(s)), String(overall.counts[s]), ...groups.map((g) => String(bySector[g].counts[s]))])),
    row([`**${words.summaryTotal}**`, `**${overall.total}**`, ...groups.map((g) => `**${bySector[g].total}**`)]),
    '',
    ...(notReported ? [notReported, ''] : []),
    `*${words.summaryExplain}*`,
  ];
}

function overdueSection(doc: ReviewDocument): string[] {
  const lines = ['', `## ${words.overdueTitle}`, ''];
  if (doc.overdue.length === 0) return [...lines, words.nothingOverdue];
  return [
    ...lines,
    row(words.overdueColumns),
    rule(words.overdueColumns.length),
    ...doc.overdue.map((o) => row([`**${o.number}** ${markdownText(o.text)}`, markdownText(o.timescale), statusText(o.latest), `${markdownText(words.leadText(o.councilLead))}<br>${markdownText(words.leadText(o.thirdSectorLead))}`])),
  ];
}

function visionSection(doc: ReviewDocument): string[] {
  const { vision, principles } = doc.plan;
  return [
    '',
    `## ${words.visionTitle}`,
    '',
    `*${words.visionQuestion}*`,
    '',
    ...(vision ? vision.split('\n').flatMap((p, i) => (i === 0 ? [`> ${markdownText(p)}`] : ['>', `> ${markdownText(p)}`])) : [`*${words.noVision}*`]),
    '',
    `### ${words.principlesTitle}`,
    '',
    ...(principles.length > 0 ? principles.map((p) => `- ${markdownText(p)}`) : [`*${words.noPrinciples}*`]),
  ];
}

function keyLearningSection(doc: ReviewDocument): string[] {
  const { prompt, agreed, groups } = doc.keyLearning;
  const lines = ['', `## ${words.keyLearningTitle}`, '', ...(prompt ? [`*${markdownText(prompt)}*`, ''] : [])];
  if (agreed.length === 0 && groups.length === 0) return [...lines, `*${words.noKeyLearning}*`];
  const anyCluster = groups.some((g) => g.name !== null);
  return [
    ...lines,
    `### ${words.keyLearningAgreed}`,
    '',
    ...(agreed.length > 0 ? agreed.map((t, i) => `${i + 1}. ${markdownText(t)}`) : [`*${words.nothingAgreed}*`]),
    '',
    `### ${words.keyLearningAll}`,
    ...groups.flatMap((g) => ['', ...(g.name !== null ? [`**${markdownText(g.name)}**`, ''] : anyCluster ? [`**${words.keyLearningLoose}**`, ''] : []), ...g.texts.map((t) => `- ${markdownText(t)}`)]),
  ];
}

function surveySection(doc: ReviewDocument): string[] {
  const lines = ['', `## ${words.surveyTitle}`, ''];
  const results = doc.survey.results;
  if (!results) return [...lines, words.surveyNotClosedText(doc)];
  lines.push(words.responsesText(results), '');
  if (results.scale.length > 0) {
    lines.push(
      words.surveyTableIntro,
      '',
      row(words.surveyColumns),
      rule(words.surveyColumns.length, Array.from({ length: words.surveyColumns.length - 1 }, (_, i) => i + 1)),
      ...results.scale.map((r) => row([markdownText(r.text), `**${words.percentText(r.helpfulShare)}**`, ...SURVEY_ANSWER_ORDER.map((a) => words.percentText(r.shares[a])), String(r.answered)])),
      '',
      `### ${words.surveySectorTitle}`,
      '',
    );
    if (results.sectorSplitShown) {
      lines.push(
        row(words.surveySectorColumns),
        rule(3, [1, 2]),
        ...results.scale.map((r) => row([markdownText(r.text), ...(r.bySector ? [`**${words.sectorShareText(r.bySector.local_authority)}**`, `**${words.sectorShareText(r.bySector.third_sector)}**`] : ['–', '–'])])),
        '',
      );
    } else {
      lines.push(`*${words.notShownBySector}*`, '');
    }
  }
  for (const t of results.text) {
    lines.push(`### ${markdownText(t.question)}`, '', ...(t.answers.length > 0 ? t.answers.map((a) => `- ${a.split('\n').map(markdownText).join(' ')}`) : [`*${words.surveyTextNone}*`]), '');
  }
  return lines;
}

/** The session-five review as a Markdown document (GitHub-flavoured tables). */
export function reviewMarkdown(typed: ReviewDocument): string {
  const doc = printableReview(typed);
  const later = words.laterDraftText(doc);
  const lines = [
    `# ${markdownText(doc.title)}`,
    '',
    `**${markdownText(words.subtitle(doc))}**`,
    '',
    doc.draft ? `> **${words.asOfText(doc)}**` : `**${words.asOfText(doc)}**`,
    '',
    words.basisText(doc),
    ...(later ? ['', `*${later}*`] : []),
    '',
    words.generatedText(doc),
    '',
    ...summarySection(doc),
    ...overdueSection(doc),
    '',
    `## ${words.progressTitle}`,
    ...(doc.objectives.length > 0 ? doc.objectives.flatMap(objectiveSection) : ['', `*${words.noObjectives}*`]),
    ...visionSection(doc),
    ...keyLearningSection(doc),
    ...surveySection(doc),
    ...healthCheckMarkdown(doc.healthCheck, 2, true),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
