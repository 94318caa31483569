import * as Y from 'yjs';

/** Runs `change` in one transaction and returns the single Yjs update it produced, or null if it changed nothing. */
export function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array | null {
  let captured: Uint8Array | null = null;
  const onUpdate = (update: Uint8Array) => {
    captured = captured ? Y.mergeUpdates([captured, update]) : update;
  };
  doc.on('update', onUpdate);
  try {
    doc.transact(change);
  } finally {
    doc.off('update', onUpdate);
  }
  return captured;
}
