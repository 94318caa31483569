import { formatJoinCode } from '@roundtable/shared/protocol/joinCode';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/t';
import { QrCode } from './QrCode';
import './console.css';

export interface JoinCodeWallProps {
  title: string;
  joinCode: string;
  joinUrl: string;
  onClose(): void;
}

/**
 * The join code and QR code filling the screen, for the projector. A modal <dialog>: Escape closes it and
 * focus stays inside while it is open. Its content goes full screen: not the page (the top layer stacks in
 * request order, so a page made full screen after showModal() would cover the dialog), and not the dialog
 * (the Fullscreen API refuses dialog elements).
 */
export function JoinCodeWall({ title, joinCode, joinUrl, onClose }: JoinCodeWallProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // Still within the click's user activation; the wall works without it too.
    contentRef.current?.requestFullscreen?.().catch(() => undefined);
  }, []);
  const code = formatJoinCode(joinCode);
  return (
    <dialog ref={ref} className="wall" aria-labelledby="wall-title" onClose={onClose}>
      <div ref={contentRef} className="wall__content">
        <h2 id="wall-title" className="wall__title">
          {title}
        </h2>
        <p className="wall__instructions">{t.joinCode.instructions(window.location.host)}</p>
        <p className="wall__code" data-testid="join-code-wall">
          {code}
        </p>
        <QrCode url={joinUrl} label={t.joinCode.qrLabel(code)} className="wall__qr" />
        <button type="button" className="button" onClick={onClose}>
          {t.joinCode.wallClose}
        </button>
      </div>
    </dialog>
  );
}
