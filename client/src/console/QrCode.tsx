import { create as createQr } from 'qrcode';
import { useMemo } from 'react';
import { qrSvgPath } from './qrSvgPath';
import './console.css';

/** Quiet zone around the code, in modules (the QR standard asks for 4; 2 is enough on a white card). */
const QUIET_ZONE_MODULES = 2;

/** A QR code for `url`, drawn as inline SVG (no canvas, no image request), named by `label`. */
export function QrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = createQr(url, { errorCorrectionLevel: 'M' });
    return { size: modules.size, path: qrSvgPath(modules) };
  }, [url]);
  const box = size + QUIET_ZONE_MODULES * 2;
  return (
    <svg
      className={['qr-code', className ?? ''].join(' ').trim()}
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE_MODULES} ${-QUIET_ZONE_MODULES} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE_MODULES} y={-QUIET_ZONE_MODULES} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
