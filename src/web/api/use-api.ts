// Loading state for a GET, as a hook: { data, etag, error, loading, reload }. A new path aborts the
// request for the old one, so a fast reader never sees a stale answer.
import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from './api-problem.ts';
import { getJson } from './client.ts';

export interface ApiState<T> {
  readonly data: T | undefined;
  readonly etag: string | null;
  readonly error: ApiProblem | undefined;
  readonly loading: boolean;
  reload(): void;
}

/** Fetches the path (skipped while it is null) and re-fetches when it changes or on reload(). */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ data?: T; etag: string | null; error?: ApiProblem; loading: boolean }>(
    {
      etag: null,
      loading: path !== null,
    },
  );
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    getJson<T>(path, controller.signal).then(
      ({ data, etag }) => setState({ data, etag, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem =
          error instanceof ApiProblem
            ? error
            : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) });
        setState({ etag: null, error: problem, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  return { data: state.data, etag: state.etag, error: state.error, loading: state.loading, reload };
}
