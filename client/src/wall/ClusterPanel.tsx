import { cardsInCluster, clustersOfBoard, type Cluster } from '@roundtable/shared/board/board';
import type { ClusterId } from '@roundtable/shared/ids/ids';
import { useId, useState, type FormEvent } from 'react';
import { AddClusterForm } from '../board/AddClusterForm';
import { ClusterControls } from '../console/ClusterControls';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import type { Board } from '@roundtable/shared/board/board';
import './ClusterPanel.css';

/**
 * Arranging beside the canvas: tidy the whole board, make clusters, rename, remove and merge them — the same
 * commands as the plain board view's grouping.
 */
export function ClusterPanel({ board }: { board: Board }) {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const [announcement, setAnnouncement] = useState('');
  const clusters = clustersOfBoard(workshop, board.id);
  return (
    <section className="rt-panel" aria-labelledby="rt-panel-heading">
      <h2 id="rt-panel-heading" className="visually-hidden">
        {t.wall.clusters}
      </h2>
      <div className="rt-panel__tidy">
        <button type="button" className="button" onClick={() => void submit('board:tidy', { boardId: board.id })}>
          {t.wall.tidy}
        </button>
        <p className="field__hint">{t.wall.tidyHint}</p>
      </div>
      <AddClusterForm board={board} />
      <h3>{t.wall.clusters}</h3>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {clusters.length === 0 ? (
        <p>{t.wall.noClusters}</p>
      ) : (
        <ul className="rt-panel__clusters">
          {clusters.map((cluster) => (
            <li key={cluster.id}>
              <p className="rt-panel__name">
                <strong>{cluster.name}</strong> <span className="tag">{t.board.clusterCards(cardsInCluster(workshop, board.id, cluster.id).length)}</span>
              </p>
              <ClusterControls cluster={cluster} />
              {clusters.length > 1 && <MergeCluster cluster={cluster} others={clusters.filter((c) => c.id !== cluster.id)} onAnnounce={setAnnouncement} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Merging a cluster into another: its cards move into the other, in order, then the emptied cluster goes. Stops at the
 * first refusal, leaving the cluster and its remaining cards as they are.
 */
function MergeCluster({ cluster, others, onAnnounce }: { cluster: Cluster; others: readonly Cluster[]; onAnnounce(text: string): void }) {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const id = useId();
  const [into, setInto] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const target = others.find((c) => c.id === into);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!target || busy) return;
    setBusy(true);
    onAnnounce(t.wall.merging(cluster.name, target.name));
    for (const card of cardsInCluster(workshop, cluster.boardId, cluster.id)) {
      const ack = await submit('card:move', { cardId: card.id, clusterId: target.id as ClusterId });
      if (!ack.ok) return setBusy(false);
    }
    const removed = await submit('cluster:remove', { clusterId: cluster.id });
    setBusy(false);
    if (removed.ok) onAnnounce(t.wall.mergeDone(cluster.name, target.name));
  }

  return (
    <form className="rt-merge" onSubmit={onSubmit} aria-label={t.wall.mergeLabel(cluster.name)}>
      <label htmlFor={id}>{t.wall.mergeInto}</label>
      <select id={id} value={into} onChange={(e) => setInto(e.target.value)}>
        <option value="">{t.wall.mergeChoose}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" aria-disabled={!target || busy} aria-busy={busy}>
        {t.wall.merge}
      </button>
    </form>
  );
}
