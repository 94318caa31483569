import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import type { Board } from '@roundtable/shared/board/board';
import { CLUSTER_NAME_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import './board.css';

/** [GRP4] Makes a named cluster on a board; the name field empties once the server has made it (unless a next name is already being typed). */
export function AddClusterForm({ board }: { board: Board }) {
  const t = useT();
  const [name, setName] = useState('');
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    const sent = name;
    const ack = await run('cluster:add', { boardId: board.id, name: sent });
    // The cluster can show (by the doc) before this answer; by then the next name may be half typed.
    if (ack.ok) setName((current) => (current === sent ? '' : current));
  }

  return (
    <form className="form add-cluster" noValidate onSubmit={onSubmit} aria-label={t.grouping.addCluster}>
      <TextField label={t.grouping.newCluster} value={name} onChange={setName} error={fieldErrors.name} maxLength={CLUSTER_NAME_MAX_CHARS} />
      <button type="submit" className="button" aria-busy={saving}>
        {t.grouping.addCluster}
      </button>
    </form>
  );
}

