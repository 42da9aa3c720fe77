// The CX maturity self-assessment of several fiscal years at once (one GET each): a year never
// assessed answers 404 and is kept as null; any other problem is the page's. reload() asks again.
import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../api/api-problem.ts';
import { getJson } from '../../api/client.ts';
import { asProblem } from './as-problem.ts';
import type { MaturityView } from './cx-api-types.ts';

export interface MaturityYears {
  readonly views: ReadonlyMap<number, MaturityView | null> | undefined;
  readonly problem: ApiProblem | undefined;
  reload(): void;
}

async function viewOf(year: number, signal: AbortSignal): Promise<MaturityView | null> {
  try {
    return (await getJson<MaturityView>(`cx/maturity/${year}`, signal)).data;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return null;
    throw error;
  }
}

export function useMaturityYears(years: readonly number[]): MaturityYears {
  const [state, setState] = useState<Omit<MaturityYears, 'reload'>>({ views: undefined, problem: undefined });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const key = years.join(',');
  useEffect(() => {
    const controller = new AbortController();
    const wanted = key.split(',').map(Number);
    Promise.all(wanted.map((year) => viewOf(year, controller.signal))).then(
      (views) =>
        setState({ views: new Map(wanted.map((year, i) => [year, views[i] ?? null])), problem: undefined }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ views: undefined, problem: asProblem(error) });
      },
    );
    return () => controller.abort();
  }, [key, generation]);
  return { ...state, reload };
}

/** The year to show first: the newest assessed, else the program date's fiscal year. */
export function defaultYear(
  views: ReadonlyMap<number, MaturityView | null> | undefined,
  years: readonly number[],
  current: number,
): number {
  const assessed = years.filter((year) => views?.get(year));
  return assessed.at(-1) ?? current;
}
