import { BOARD_PHASES, VOTE_LEVELS, type ContributingMode, type VoteLevel } from '@roundtable/shared/board/board';
import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '../forms/useDraft';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { NumberField } from './NumberField';
import type { CommandInput } from '@roundtable/shared/workshop/commandSchemas';
import { AGREE_COUNT_MAX, VOTES_PER_PARTICIPANT_MAX } from '@roundtable/shared/board/boardLimits';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

type Changes = Omit<CommandInput<'board:configure'>, 'commandId' | 'boardId'>;

/**
 * [SET1] A board's settings. How cards are added and anonymity are fixed once the first card exists; dots and
 * grouping from the vote on (the fields say so and are read-only then). Only changed settings are sent.
 */
export function BoardSettingsForm({ board }: { board: Board }) {
  const t = useT();
  const modeName = useId();
  const levelName = useId();
  // Each field follows the board (the other facilitator may change it) until it is edited here.
  const contributing = useDraft<ContributingMode>(board.contributing);
  const anonymous = useDraft(board.anonymous);
  const votes = useDraft(String(board.votesPerParticipant));
  const perItem = useDraft(String(board.votesPerItemMax));
  const agree = useDraft(String(board.agreeCount));
  const canGroup = useDraft(board.participantsCanGroup);
  const voteOn = useDraft<VoteLevel>(board.voteOn);
  const [saved, setSaved] = useState(false);
  const { run, saving, fieldErrors } = useCommandForm();
  const hasCards = Object.values(board.cardCounts).some((n) => n > 0);
  const votingFixed = BOARD_PHASES.indexOf(board.phase) >= BOARD_PHASES.indexOf('vote');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changes: Changes = {};
    if (contributing.value !== board.contributing) changes.contributing = contributing.value;
    if (anonymous.value !== board.anonymous) changes.anonymous = anonymous.value;
    if (Number(votes.value) !== board.votesPerParticipant) changes.votesPerParticipant = Number(votes.value);
    if (Number(perItem.value) !== board.votesPerItemMax) changes.votesPerItemMax = Number(perItem.value);
    if (Number(agree.value) !== board.agreeCount) changes.agreeCount = Number(agree.value);
    if (canGroup.value !== board.participantsCanGroup) changes.participantsCanGroup = canGroup.value;
    if (voteOn.value !== board.voteOn) changes.voteOn = voteOn.value;
    if (Object.keys(changes).length === 0) return setSaved(true);
    const ack = await run('board:configure', { boardId: board.id, ...changes });
    setSaved(ack.ok);
    if (ack.ok) for (const field of [contributing, anonymous, votes, perItem, agree, canGroup, voteOn]) field.reset();
  }

  const touched = () => setSaved(false);
  return (
    <form className="form board-settings__form" noValidate onSubmit={onSubmit} onChange={touched} aria-label={t.settings.heading}>
      <fieldset className="field" disabled={hasCards}>
        <legend>{t.settings.contributing}</legend>
        <div className="radio-list">
          {(['private', 'open'] as const).map((mode) => (
            <label key={mode} className="radio">
              <input type="radio" name={modeName} value={mode} checked={contributing.value === mode} onChange={() => contributing.set(mode)} />
              <span>{t.settings[mode]}</span>
            </label>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={anonymous.value} onChange={(e) => anonymous.set(e.target.checked)} />
          <span>{t.settings.anonymous}</span>
        </label>
        {hasCards && <p className="field__hint">{t.settings.fixedOnceCards}</p>}
      </fieldset>
      <fieldset className="field" disabled={votingFixed}>
        <NumberField label={t.settings.votesPerParticipant} value={votes.value} onChange={votes.set} max={VOTES_PER_PARTICIPANT_MAX} error={fieldErrors.votesPerParticipant} />
        <NumberField label={t.settings.votesPerItemMax} value={perItem.value} onChange={perItem.set} max={VOTES_PER_PARTICIPANT_MAX} error={fieldErrors.votesPerItemMax} />
        <label className="checkbox">
          <input type="checkbox" checked={canGroup.value} onChange={(e) => canGroup.set(e.target.checked)} />
          <span>{t.settings.participantsCanGroup}</span>
        </label>
        {/* [VOTE5] What the room votes on once the board has clusters. */}
        <fieldset className="field">
          <legend>{t.settings.voteOn}</legend>
          <div className="radio-list">
            {VOTE_LEVELS.map((level) => (
              <label key={level} className="radio">
                <input type="radio" name={levelName} value={level} checked={voteOn.value === level} onChange={() => voteOn.set(level)} />
                <span>{t.settings.voteOnChoice[level]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {votingFixed && <p className="field__hint">{t.settings.fixedFromVote}</p>}
      </fieldset>
      <NumberField label={t.settings.agreeCount} value={agree.value} onChange={agree.set} max={AGREE_COUNT_MAX} error={fieldErrors.agreeCount} />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {t.settings.save}
      </button>
      <p role="status" className="board-settings__status">
        {saved ? t.settings.saved : ''}
      </p>
    </form>
  );
}
