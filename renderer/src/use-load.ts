// Loading state for one request: loading → ready | error, with reload. Stale answers (the inputs
// changed while a request was in flight) are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Load<T> = { state: 'loading'; data: T | null } | { state: 'ready'; data: T } | { state: 'error'; error: Error; data: T | null };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Load<T> & { reload: () => void } {
  const [value, setValue] = useState<Load<T>>({ state: 'loading', data: null });
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  useEffect(() => {
    const mine = ++generation.current;
    setValue((v) => ({ state: 'loading', data: v.data }));
    load().then(
      (data) => {
        if (generation.current === mine) setValue({ state: 'ready', data });
      },
      (error: unknown) => {
        if (generation.current === mine) setValue((v) => ({ state: 'error', error: error instanceof Error ? error : new Error(String(error)), data: v.data }));
      },
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...value, reload };
}
