import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { RestFailure, RestResult } from './restClient';

export interface RestRead<T> {
  /** Null until the first answer arrives. */
  data: T | null;
  setData: Dispatch<SetStateAction<T | null>>;
  /** Why the last read (or the caller's own request) failed; a read that succeeds leaves it as it is. */
  failure: RestFailure | null;
  setFailure: Dispatch<SetStateAction<RestFailure | null>>;
  /** Reads again now; true when it succeeded. */
  load(): Promise<boolean>;
  /** Forgets the failure and reads again. */
  reload(): void;
}

/**
 * What `read` answers, passed through `select`: read when the component mounts, when `read` or `select` changes (make
 * them once, not on every render) and on reload(). An answer that comes after unmounting, or after a newer read began,
 * is dropped. With `read` null nothing is read.
 */
export function useRestRead<R, T>(read: (() => Promise<RestResult<R>>) | null, select: (response: R) => T): RestRead<T> {
  const [data, setData] = useState<T | null>(null);
  const [failure, setFailure] = useState<RestFailure | null>(null);
  const [attempt, setAttempt] = useState(0);

  const settle = useCallback(
    (result: RestResult<R>) => {
      if (result.ok) setData(select(result.data));
      else setFailure(result.failure);
      return result.ok;
    },
    [select],
  );

  const load = useCallback(async () => (read ? settle(await read()) : false), [read, settle]);

  useEffect(() => {
    if (!read) return;
    let cancelled = false;
    void read().then((result) => {
      if (!cancelled) settle(result);
    });
    return () => {
      cancelled = true;
    };
  }, [read, settle, attempt]);

  const reload = useCallback(() => {
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);

  return { data, setData, failure, setFailure, load, reload };
}
