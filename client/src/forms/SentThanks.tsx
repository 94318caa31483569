import { useEffect, useRef } from 'react';

/**
 * Thanks in place of a form once its answers are sent (the survey's, the health check's). Focus comes here after
 * sending in this browser, since the button that had it is gone.
 */
export function SentThanks({ focus, title, detail }: { focus: boolean; title: string; detail: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className="sent-thanks">
      <p ref={ref} tabIndex={-1} className="sent-thanks__title">
        {title}
      </p>
      <p>{detail}</p>
    </div>
  );
}
