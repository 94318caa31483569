import type { HealthAnswer, HealthCheck } from '@roundtable/shared/healthCheck/healthCheck';
import { HEALTH_COMMENT_MAX_CHARS } from '@roundtable/shared/healthCheck/healthCheckLimits';
import { SUCCESS_FACTORS } from '@roundtable/shared/healthCheck/successFactors';
import { useRef, useState, type FormEvent } from 'react';
import { CardTextField } from '../board/CardTextField';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { FactorRatingGroup } from './FactorRatingGroup';
import { ratingsPending } from './pendingRatings';

/**
 * [HEALTH3] The participant's ratings of one round: the twelve factors, each a radio group, an optional comment, and
 * one button that sends them once, through the outbox (a dropped connection loses nothing, and nothing is sent twice).
 */
export function HealthCheckForm({ check, onSent }: { check: HealthCheck; onSent(): void }) {
  const t = useT();
  const { submit, me, onlineMemberIds } = useLiveWorkshop();
  const [answers, setAnswers] = useState<Record<string, HealthAnswer>>({});
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const answered = Object.keys(answers).length;

  const showError = (message: string) => {
    setError(message);
    requestAnimationFrame(() => errorRef.current?.querySelector<HTMLElement>('.form-error')?.focus());
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    if (answered === 0) return showError(t.healthCheck.nothingToSend);
    setError(null);
    setSending(true);
    const ack = await submit('healthCheck:rate', { healthCheckId: check.id, answers, comment: comment.trim() });
    setSending(false);
    if (ack.ok) onSent();
    else showError(commandErrorText(t, 'healthCheck:rate', ack.error));
  }

  if (sending || ratingsPending(me.workshopId, me.memberId, check.id)) {
    return (
      <p role="status" className="health-sending">
        {onlineMemberIds === null ? t.healthCheck.waitingToSend : t.healthCheck.sending}
      </p>
    );
  }
  return (
    <form className="health-form" onSubmit={(e) => void send(e)} noValidate>
      <p className="health-anonymity">{t.healthCheck.anonymity}</p>
      <p>{t.healthCheck.once}</p>
      <h3>{t.healthCheck.question}</h3>
      <ol className="health-form__factors">
        {SUCCESS_FACTORS.map((factor) => (
          <li key={factor.id}>
            <FactorRatingGroup factor={factor} answer={answers[factor.id]} onChange={(answer) => setAnswers({ ...answers, [factor.id]: answer })} />
          </li>
        ))}
      </ol>
      <CardTextField label={t.healthCheck.commentLabel} value={comment} max={HEALTH_COMMENT_MAX_CHARS} onChange={setComment} />
      <p className="health-form__progress">{t.healthCheck.progress(answered, SUCCESS_FACTORS.length)}</p>
      <div ref={errorRef}>
        <FormError message={error} />
      </div>
      <button type="submit" className="button button--primary">
        {t.healthCheck.send}
      </button>
    </form>
  );
}
