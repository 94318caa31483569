import type { SurveyItem } from '@roundtable/shared/survey/survey';
import { useState } from 'react';
import { draftFrom, EMPTY_SURVEY_DRAFT, type SurveyDraft } from './surveyDraft';

/** Where a participant's unsent answers are kept: per workshop and member, for the life of the tab. */
export function surveyDraftKey(workshopId: string, memberId: string): string {
  return `roundtable.survey.${workshopId}.${memberId}`;
}

/**
 * The answers being filled in, kept in the tab's session storage so a reload keeps them until they are sent.
 * Storage that refuses (private mode, quota) only loses that. `clear` forgets them once the server has them.
 */
export function useSurveyDraft(key: string, items: readonly SurveyItem[]): [SurveyDraft, (draft: SurveyDraft) => void, () => void] {
  const [draft, setDraft] = useState<SurveyDraft>(() => {
    try {
      const raw = window.sessionStorage.getItem(key);
      return raw === null ? EMPTY_SURVEY_DRAFT : draftFrom(JSON.parse(raw), items);
    } catch {
      return EMPTY_SURVEY_DRAFT;
    }
  });
  function keep(next: SurveyDraft) {
    setDraft(next);
    try {
      window.sessionStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Kept in memory only.
    }
  }
  function clear() {
    setDraft(EMPTY_SURVEY_DRAFT);
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  }
  return [draft, keep, clear];
}
