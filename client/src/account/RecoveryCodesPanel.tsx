import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/t';
import { recoveryCodesFile } from './accountText';
import { useAccountT } from './useAccountT';

/**
 * Recovery codes, shown once (after sign-up and after making new ones): the list, Copy, and Download as a text file.
 * Focus moves to its heading when it appears, so a screen reader starts reading it.
 */
/** `level` 1 where the codes are the whole page (just after signing up), 2 inside the account page. */
export function RecoveryCodesPanel({ codes, email, onDone, doneLabel, level = 2 }: { codes: readonly string[]; email: string; onDone(): void; doneLabel: string; level?: 1 | 2 }) {
  const t = useT();
  const ta = useAccountT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${level}` as const;
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [madeOn] = useState(() => new Intl.DateTimeFormat(t.locale, { dateStyle: 'long' }).format(new Date()));
  const file = recoveryCodesFile(ta, codes, email, madeOn);

  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(file);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([file], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = ta.recoveryCodes.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <section className="card recovery-codes" aria-labelledby="recovery-codes-heading">
      <Heading id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        {ta.recoveryCodes.heading}
      </Heading>
      <p>{ta.recoveryCodes.intro}</p>
      <ol className="recovery-codes__list" aria-label={ta.recoveryCodes.listLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {ta.recoveryCodes.copy}
        </button>
        <button type="button" className="button" onClick={download}>
          {ta.recoveryCodes.download}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
      <p role="status" className="account-status">
        {copied === 'copied' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
      </p>
    </section>
  );
}
