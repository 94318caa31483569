import type { Cluster } from '@roundtable/shared/board/board';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../forms/ConfirmButton';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { useCommandForm } from '../live/useCommandForm';
import { CLUSTER_NAME_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import './console.css';

/** [GRP4][GRP5] Rename a cluster, or remove it (its cards stay on the board, in no cluster). */
export function ClusterControls({ cluster }: { cluster: Cluster }) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(cluster.name);
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (name === cluster.name) return setRenaming(false);
    const ack = await run('cluster:rename', { clusterId: cluster.id, name });
    if (ack.ok) setRenaming(false);
  }

  if (renaming) {
    return (
      <form className="form cluster-rename" noValidate onSubmit={onSubmit} aria-label={t.grouping.rename(cluster.name)}>
        <TextField label={t.grouping.renameField(cluster.name)} value={name} onChange={setName} error={fieldErrors.name} maxLength={CLUSTER_NAME_MAX_CHARS} autoFocus />
        <div className="button-row">
          <button type="submit" className="button button--primary button--small" aria-busy={saving}>
            {t.grouping.saveName}
          </button>
          <button type="button" className="button button--small" onClick={() => setRenaming(false)}>
            {t.cancel}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="button-row cluster-controls">
      <button
        type="button"
        className="button button--small"
        aria-label={t.grouping.rename(cluster.name)}
        onClick={() => {
          setName(cluster.name);
          setRenaming(true);
        }}
      >
        {t.grouping.renameShort}
      </button>
      <ConfirmButton
        label={t.grouping.removeShort}
        accessibleLabel={t.grouping.remove(cluster.name)}
        question={t.grouping.removeConfirm(cluster.name)}
        confirmLabel={t.grouping.removeYes}
        onConfirm={() => void submit('cluster:remove', { clusterId: cluster.id })}
        danger
      />
    </div>
  );
}
