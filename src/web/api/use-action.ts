// One change sent to the API from a form: whether it is in flight, the problem it met, and the answer.
// A second click while the first is in flight does nothing, so a change is never sent twice.
import { useCallback, useRef, useState } from 'react';
import { ApiProblem } from './api-problem.ts';

export interface ActionState<T> {
  readonly pending: boolean;
  readonly problem: ApiProblem | undefined;
  readonly result: T | undefined;
  run(send: () => Promise<T>): Promise<T | undefined>;
  reset(): void;
}

export function useAction<T>(): ActionState<T> {
  const [state, setState] = useState<{ pending: boolean; problem?: ApiProblem; result?: T }>({
    pending: false,
  });
  const inFlight = useRef(false);
  const run = useCallback(async (send: () => Promise<T>) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setState({ pending: true });
    try {
      const result = await send();
      setState({ pending: false, result });
      return result;
    } catch (error) {
      const problem =
        error instanceof ApiProblem
          ? error
          : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) });
      setState({ pending: false, problem });
      return undefined;
    } finally {
      inFlight.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ pending: false }), []);
  return { pending: state.pending, problem: state.problem, result: state.result, run, reset };
}
