import type { Locator, Page } from 'playwright-core';

/*
 * The action plan as people drive it through the UI: by the names a screen reader gives its parts (the console's
 * "Action plan" region, "Objective N …" regions, the "Editing the action “…”" group), never by CSS.
 */

/** A participant of the room, as they join. */
export interface Person {
  name: string;
  organisation: string;
  /** The sector's label on the join form. */
  sectorLabel: string;
}

/** A lead: a participant, or someone not in the room named with their organisation and sector. */
export type LeadSpec = { kind: 'member'; person: Person } | { kind: 'named'; name: string; organisation: string; sectorLabel: string };

export type TimescaleSpec = { kind: 'month'; month: string; year: string } | { kind: 'quarter'; quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4'; year: string };

export interface ActionSpec {
  text: string;
  council: LeadSpec;
  thirdSector: LeadSpec;
  timescale: TimescaleSpec;
  notes?: string;
}

export function leadName(lead: LeadSpec): string {
  return lead.kind === 'member' ? lead.person.name : lead.name;
}

export function leadOrganisation(lead: LeadSpec): string {
  return lead.kind === 'member' ? lead.person.organisation : lead.organisation;
}

/** "March 2027", "Q2 2027": as the plan and its files write a timescale. */
export function timescaleLabel(timescale: TimescaleSpec): string {
  return timescale.kind === 'month' ? `${timescale.month} ${timescale.year}` : `${timescale.quarter} ${timescale.year}`;
}

function escapeRegExp(text: string): RegExp['source'] {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The plan's region: "Action plan" in the console and in the participant's view alike. */
export function planRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Action plan', exact: true });
}

/** An objective's region by its words, wherever it now stands in the order. */
export function objectiveRegion(plan: Locator, text: string): Locator {
  return plan.getByRole('region', { name: new RegExp(`^Objective \\d+\\s*${escapeRegExp(text)}$`) });
}

/** The one action editor a facilitator has open. */
export function actionEditor(plan: Locator): Locator {
  return plan.getByRole('group', { name: /^Editing the action “/ });
}

/** Joins from the home page on a phone, as a participant types it. */
export async function joinByForm(page: Page, url: string, joinCode: string, person: Person, workshopTitle: string): Promise<void> {
  await page.goto(url);
  const form = page.getByRole('form', { name: 'Join a workshop' });
  await form.getByLabel('Join code', { exact: true }).fill(joinCode);
  await form.getByLabel('Your name', { exact: true }).fill(person.name);
  await form.getByLabel('Organisation', { exact: true }).fill(person.organisation);
  await form.getByRole('radio', { name: person.sectorLabel, exact: true }).check();
  await form.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: workshopTitle }).waitFor();
}

export async function addObjective(plan: Locator, text: string): Promise<void> {
  await plan.getByRole('textbox', { name: 'New objective', exact: true }).fill(text);
  await plan.getByRole('button', { name: 'Add objective', exact: true }).click();
  await objectiveRegion(plan, text).waitFor();
}

async function chooseLead(editor: Locator, slot: 'Council lead' | 'Third-sector lead', lead: LeadSpec): Promise<void> {
  const select = editor.getByRole('combobox', { name: slot, exact: true });
  if (lead.kind === 'member') {
    await select.selectOption({ label: `${lead.person.name}, ${lead.person.organisation}` });
    return;
  }
  await select.selectOption({ label: 'Someone not in the room…' });
  await editor.getByRole('textbox', { name: `${slot}: name`, exact: true }).fill(lead.name);
  await editor.getByRole('textbox', { name: `${slot}: organisation`, exact: true }).fill(lead.organisation);
  await editor.getByRole('combobox', { name: `${slot}: sector`, exact: true }).selectOption({ label: lead.sectorLabel });
}

/** Adds an action under an objective; "Add action" opens its editor, where the leads and timescale are set and saved. */
export async function addAction(plan: Locator, objectiveText: string, action: ActionSpec): Promise<void> {
  const objective = objectiveRegion(plan, objectiveText);
  await objective.getByRole('textbox', { name: 'New action', exact: true }).fill(action.text);
  await objective.getByRole('button', { name: 'Add action', exact: true }).click();
  const editor = actionEditor(plan);
  await editor.waitFor();
  await chooseLead(editor, 'Council lead', action.council);
  await chooseLead(editor, 'Third-sector lead', action.thirdSector);
  const { timescale } = action;
  if (timescale.kind === 'month') {
    await editor.getByRole('radio', { name: 'A month', exact: true }).check();
    await editor.getByRole('combobox', { name: 'Month', exact: true }).selectOption({ label: timescale.month });
  } else {
    await editor.getByRole('radio', { name: 'A quarter', exact: true }).check();
    await editor.getByRole('combobox', { name: 'Quarter', exact: true }).selectOption({ label: timescale.quarter });
  }
  await editor.getByRole('combobox', { name: 'Year', exact: true }).selectOption(timescale.year);
  if (action.notes) await editor.getByRole('textbox', { name: 'Notes', exact: true }).fill(action.notes);
  await editor.getByRole('button', { name: 'Save the action', exact: true }).click();
  await editor.waitFor({ state: 'detached' });
  // Saved: the row shows the action with its timescale.
  await objective.getByRole('row').filter({ hasText: action.text }).filter({ hasText: timescaleLabel(timescale) }).waitFor();
}

/** Everything a reader must find about an action in a file or on a page. */
export function actionFacts(action: ActionSpec): string[] {
  return [action.text, leadName(action.council), leadOrganisation(action.council), leadName(action.thirdSector), leadOrganisation(action.thirdSector), timescaleLabel(action.timescale)];
}
