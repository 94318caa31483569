import type { PlanDocument, PlanDocumentAction, PlanDocumentObjective } from '@roundtable/shared/plan/planDocument';
import { markdownText, profileMarkdownIntro, profileMarkdownSections } from './profileMarkdown';
import {
  ACTION_COLUMNS,
  APPENDIX_NOTE,
  APPENDIX_TITLE,
  generatedText,
  isDraft,
  leadExceptionText,
  leadText,
  NO_ACTIONS,
  NO_OBJECTIVES,
  NO_PRINCIPLES,
  NO_VISION,
  notesLines,
  objectiveHeading,
  OBJECTIVES_SECTION_TITLE,
  planOrganisationsText,
  planSubtitle,
  PRINCIPLES_TITLE,
  printablePlan,
  REVIEW_TITLE,
  reviewText,
  statusText,
  timescaleText,
  VISION_TITLE,
} from './planWording';

/** An action's cell: its number and text, then its notes and any lead exception on lines of their own. */
function actionCell(action: PlanDocumentAction): string {
  const lines = [`**${action.number}** ${markdownText(action.text)}`];
  for (const line of notesLines(action.notes)) lines.push(`*${markdownText(line)}*`);
  if (action.leadException) lines.push(`*${markdownText(leadExceptionText(action.leadException))}*`);
  return lines.join('<br>');
}

function objectiveSection(objective: PlanDocumentObjective): string[] {
  const lines = ['', `### ${markdownText(objectiveHeading(objective))}`, ''];
  if (objective.actions.length === 0) return [...lines, `*${NO_ACTIONS}*`];
  return [
    ...lines,
    `| ${ACTION_COLUMNS.join(' | ')} |`,
    '| --- | --- | --- | --- |',
    ...objective.actions.map((a) => `| ${actionCell(a)} | ${markdownText(leadText(a.councilLead))} | ${markdownText(leadText(a.thirdSectorLead))} | ${markdownText(timescaleText(a))} |`),
  ];
}

/** The action plan as a Markdown document (GitHub-flavoured: one table of actions per objective), the profile appended. */
export function planMarkdown(typed: PlanDocument): string {
  const plan = printablePlan(typed);
  const organisations = planOrganisationsText(plan);
  const status = isDraft(plan) ? `> **${statusText(plan)}**` : `**${statusText(plan)}**`;
  const lines = [
    `# ${markdownText(plan.title)}`,
    '',
    `**${markdownText(planSubtitle(plan))}**`,
    '',
    status,
    '',
    generatedText(plan),
    ...(organisations ? ['', markdownText(organisations)] : []),
    '',
    `## ${VISION_TITLE}`,
    '',
    ...(plan.vision ? plan.vision.split('\n').flatMap((p, i) => (i === 0 ? [markdownText(p)] : ['', markdownText(p)])) : [`*${NO_VISION}*`]),
    '',
    `## ${PRINCIPLES_TITLE}`,
    '',
    ...(plan.principles.length > 0 ? plan.principles.map((p) => `- ${markdownText(p)}`) : [`*${NO_PRINCIPLES}*`]),
    '',
    `## ${OBJECTIVES_SECTION_TITLE}`,
    ...(plan.objectives.length > 0 ? plan.objectives.flatMap(objectiveSection) : ['', `*${NO_OBJECTIVES}*`]),
    '',
    `## ${REVIEW_TITLE}`,
    '',
    reviewText(plan),
    '',
    '---',
    '',
    `## ${APPENDIX_TITLE}`,
    '',
    `*${APPENDIX_NOTE}*`,
    '',
    ...profileMarkdownIntro(plan.profile),
    ...profileMarkdownSections(plan.profile, 3),
  ];
  return `${lines.join('\n')}\n`;
}
