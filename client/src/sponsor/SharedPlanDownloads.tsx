import { useState } from 'react';
import type { PlanFormat } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { restFailureText } from '../api/restFailureText';
import { useT } from '../i18n/t';
import { saveFile } from './saveFile';
import './sponsor.css';

const FORMATS: readonly PlanFormat[] = ['pdf', 'docx', 'md', 'csv'];

type Progress = { kind: 'idle' } | { kind: 'downloading'; format: PlanFormat } | { kind: 'failed'; format: PlanFormat; reason: string };

/**
 * [SHARE2] The agreed plan as files. Each is fetched with the link's token in a header and then saved: a plain link
 * would have to carry the token in its URL.
 */
export function SharedPlanDownloads({ token, version }: { token: string; version: number }) {
  const t = useT();
  const d = t.plan.downloads;
  const s = t.sponsor;
  const api = useRestClient();
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  async function download(format: PlanFormat) {
    if (progress.kind === 'downloading') return;
    setProgress({ kind: 'downloading', format });
    const result = await api.sharedPlanFile(token, format);
    if (result.ok) {
      saveFile(result.data.blob, result.data.fileName ?? `action-plan-v${version}.${format}`);
      setProgress({ kind: 'idle' });
    } else {
      setProgress({ kind: 'failed', format, reason: result.failure.status === 401 ? s.revoked : restFailureText(t, result.failure) });
    }
  }

  return (
    <section className="card shared-plan__downloads" aria-labelledby="shared-downloads-heading">
      <h2 id="shared-downloads-heading">{d.heading}</h2>
      <ul className="downloads">
        {FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              className="button"
              aria-label={d.label(d[format])}
              aria-busy={progress.kind === 'downloading' && progress.format === format}
              onClick={() => void download(format)}
            >
              {d[format]}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="shared-plan__progress">
        {progress.kind === 'downloading' ? s.downloading(d[progress.format]) : ''}
      </p>
      {progress.kind === 'failed' && (
        <p role="alert" className="field__error">
          {s.downloadFailed(d[progress.format])} {progress.reason}
        </p>
      )}
    </section>
  );
}
