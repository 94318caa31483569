/**
 * All-or-nothing changes to in-memory Maps, for the in-memory store: every write through a `MemoryTransaction`
 * records how to undo itself, and `inMemoryTransaction` undoes them all, newest first, if the change throws.
 * The change runs synchronously, so no other call sees it half made (the in-memory equivalent of serializable).
 */
export interface MemoryTransaction {
  /** `map.set(key, value)`, undone by restoring what was there. */
  set<K, V>(map: Map<K, V>, key: K, value: V): void;
  /** `map.delete(key)`, undone by putting the entry back. */
  delete<K, V>(map: Map<K, V>, key: K): void;
  /** Changes `record[field]`, undone by restoring the old value. */
  assign<T extends object, F extends keyof T>(record: T, field: F, value: T[F]): void;
}

export function inMemoryTransaction<T>(change: (tx: MemoryTransaction) => T): T {
  const undo: (() => void)[] = [];
  const restore = <K, V>(map: Map<K, V>, key: K) => {
    const had = map.has(key);
    const before = map.get(key);
    undo.push(() => (had ? map.set(key, before as V) : map.delete(key)));
  };
  const tx: MemoryTransaction = {
    set(map, key, value) {
      restore(map, key);
      map.set(key, value);
    },
    delete(map, key) {
      restore(map, key);
      map.delete(key);
    },
    assign(record, field, value) {
      const before = record[field];
      undo.push(() => void (record[field] = before));
      record[field] = value;
    },
  };
  try {
    return change(tx);
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }
}
