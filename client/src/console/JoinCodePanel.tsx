import { formatJoinCode } from '@roundtable/shared/protocol/joinCode';
import { useState } from 'react';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { JoinCodeWall } from './JoinCodeWall';
import { QrCode } from './QrCode';
import './console.css';

/** The join code as the room sees it: large, with a QR code that opens the join form already filled in. */
export function JoinCodePanel() {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const [onWall, setOnWall] = useState(false);
  const { joinCode, title } = workshop.meta;
  const code = formatJoinCode(joinCode);
  const joinUrl = `${window.location.origin}/?code=${encodeURIComponent(joinCode)}`;

  function closeWall() {
    setOnWall(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }

  return (
    <section className="card join-code-panel" aria-labelledby="join-code-heading">
      <h2 id="join-code-heading">{t.joinCode.heading}</h2>
      <p>{t.joinCode.instructions(window.location.host)}</p>
      <p className="join-code" data-testid="join-code">
        {code}
      </p>
      <div className="join-code-panel__row">
        <QrCode url={joinUrl} label={t.joinCode.qrLabel(code)} className="join-code-panel__qr" />
        <div className="join-code-panel__actions">
          <button type="button" className="button button--primary" onClick={() => setOnWall(true)}>
            {t.joinCode.showOnWall}
          </button>
          <ConfirmButton
            label={t.joinCode.rotate}
            question={t.joinCode.rotateConfirm}
            confirmLabel={t.joinCode.rotateYes}
            onConfirm={() => void submit('joinCode:rotate', {})}
          />
        </div>
      </div>
      {onWall && <JoinCodeWall title={title} joinCode={joinCode} joinUrl={joinUrl} onClose={closeWall} />}
    </section>
  );
}
