import type { SurveyItem, SurveyItemId } from './survey';

/**
 * The PIP feedback survey's items (section 10 of the PIP report): eleven items rated on the five-point scale —
 * "how helpful was the programme in enabling you to…" — and the free-text question. Every new workshop starts
 * with these; facilitators may edit the wording and add their own before the survey opens.
 */
const scale = (id: string, text: string): SurveyItem => ({ id: `pip-${id}` as SurveyItemId, kind: 'scale', text, builtIn: true });

export const PIP_SURVEY_ITEMS: SurveyItem[] = [
  scale('perspective', 'Learn more about the perspective of people from other sectors'),
  scale('approach', 'Feel more able to approach colleagues from other sectors'),
  scale('respect', 'Gain more respect for colleagues from other sectors'),
  scale('trust', 'Trust colleagues from other sectors more'),
  scale('barriers', 'Overcome barriers and obstacles to partnership working'),
  scale('manage', 'Manage cross-sector partnerships better'),
  scale('action-plan', 'Develop a meaningful action plan for improving partnerships'),
  scale('outcomes', 'Achieve better outcomes through partnership working'),
  scale('communication', 'Cross-sector communication'),
  scale('commissioning', 'Commissioning (including procurement)'),
  scale('joint-planning', 'Joint planning of services'),
  {
    id: 'pip-done-otherwise' as SurveyItemId,
    kind: 'text',
    text: 'Is there anything you have done as a result of the programme that you may not have done otherwise?',
    builtIn: true,
  },
];
