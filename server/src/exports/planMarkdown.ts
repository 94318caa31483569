import type { PlanDocument, PlanDocumentAction, PlanDocumentObjective } from '@roundtable/shared/plan/planDocument';
import { markdownText, profileMarkdownIntro, profileMarkdownSections } from './profileMarkdown';
import { isDraft, PLAN_WORDING as words, printablePlan } from './planWording';

/** An action's cell: its number and text, then its notes and any lead exception on lines of their own. */
function actionCell(action: PlanDocumentAction): string {
  const lines = [`**${action.number}** ${markdownText(action.text)}`];
  for (const line of words.notesLines(action.notes)) lines.push(`*${markdownText(line)}*`);
  if (action.leadException) lines.push(`*${markdownText(words.leadExceptionText(action.leadException))}*`);
  return lines.join('<br>');
}

function objectiveSection(objective: PlanDocumentObjective): string[] {
  const lines = ['', `### ${markdownText(words.objectiveHeading(objective))}`, ''];
  if (objective.actions.length === 0) return [...lines, `*${words.noActions}*`];
  return [
    ...lines,
    `| ${words.actionColumns.join(' | ')} |`,
    '| --- | --- | --- | --- |',
    ...objective.actions.map((a) => `| ${actionCell(a)} | ${markdownText(words.leadText(a.councilLead))} | ${markdownText(words.leadText(a.thirdSectorLead))} | ${markdownText(words.timescaleText(a))} |`),
  ];
}

/** [PLAN10] An agreed version's answers by sector and the concerns raised; nothing for a draft. */
function agreementSection(plan: PlanDocument): string[] {
  const { agreement } = plan;
  if (!agreement) return [];
  const concerns = agreement.concerns.length === 0 ? [`*${words.noConcerns}*`] : [words.concernsIntro(agreement.concerns.length), '', ...agreement.concerns.map((c) => `- ${markdownText(words.concernText(c))}`)];
  return ['', `## ${words.agreementTitle}`, '', words.answersIntro, '', ...words.answerLines(agreement).map((l) => `- ${l}`), '', ...concerns];
}

/** The action plan as a Markdown document (GitHub-flavoured: one table of actions per objective), the profile appended. */
export function planMarkdown(typed: PlanDocument): string {
  const plan = printablePlan(typed);
  const organisations = words.organisationsText(plan);
  const status = isDraft(plan) ? `> **${words.statusText(plan)}**` : `**${words.statusText(plan)}**`;
  const lines = [
    `# ${markdownText(plan.title)}`,
    '',
    `**${markdownText(words.subtitle(plan))}**`,
    '',
    status,
    '',
    words.generatedText(plan),
    ...(organisations ? ['', markdownText(organisations)] : []),
    '',
    `## ${words.visionTitle}`,
    '',
    ...(plan.vision ? plan.vision.split('\n').flatMap((p, i) => (i === 0 ? [markdownText(p)] : ['', markdownText(p)])) : [`*${words.noVision}*`]),
    '',
    `## ${words.principlesTitle}`,
    '',
    ...(plan.principles.length > 0 ? plan.principles.map((p) => `- ${markdownText(p)}`) : [`*${words.noPrinciples}*`]),
    '',
    `## ${words.objectivesSectionTitle}`,
    ...(plan.objectives.length > 0 ? plan.objectives.flatMap(objectiveSection) : ['', `*${words.noObjectives}*`]),
    '',
    `## ${words.reviewTitle}`,
    '',
    words.reviewText(plan),
    ...agreementSection(plan),
    '',
    '---',
    '',
    `## ${words.appendixTitle}`,
    '',
    `*${words.appendixNote}*`,
    '',
    ...profileMarkdownIntro(plan.profile),
    ...profileMarkdownSections(plan.profile, 3, markdownText(words.appendixNoObjectives(plan))),
  ];
  return `${lines.join('\n')}\n`;
}
