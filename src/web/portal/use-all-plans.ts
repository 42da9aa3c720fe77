// The whole plan catalogue for one pay frequency (every enrollment type, every page of GET plans), fetched
// once per visit to the site and shared by the pages that name or compare plans: the home page's fetch
// makes the comparison open at once.
import { useEffect, useState } from 'react';
import { ApiProblem } from '../api/api-problem.ts';
import { getJson } from '../api/client.ts';
import type { Page, PayFrequency, PlanOffer } from './portal-types.ts';

const catalogue = new Map<PayFrequency, Promise<readonly PlanOffer[]>>();

async function fetchAll(payFrequency: PayFrequency): Promise<readonly PlanOffer[]> {
  const plans: PlanOffer[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ payFrequency, limit: '200' });
    if (cursor) query.set('cursor', cursor);
    const { data }: { data: Page<PlanOffer> } = await getJson<Page<PlanOffer>>(`plans?${query.toString()}`);
    plans.push(...data.items);
    cursor = data.nextCursor;
  } while (cursor);
  return plans;
}

function plansFor(payFrequency: PayFrequency): Promise<readonly PlanOffer[]> {
  let pending = catalogue.get(payFrequency);
  if (!pending) {
    pending = fetchAll(payFrequency);
    // A failed fetch is not kept: the next page asks again.
    pending.catch(() => catalogue.delete(payFrequency));
    catalogue.set(payFrequency, pending);
  }
  return pending;
}

export interface PlansState {
  readonly plans: readonly PlanOffer[] | undefined;
  readonly error: ApiProblem | undefined;
}

/** Every plan offer for the pay frequency; skipped while it is null. */
export function useAllPlans(payFrequency: PayFrequency | null): PlansState {
  const [state, setState] = useState<PlansState & { for: PayFrequency | null }>({
    plans: undefined,
    error: undefined,
    for: null,
  });
  useEffect(() => {
    if (payFrequency === null) return;
    let current = true;
    plansFor(payFrequency).then(
      (plans) => current && setState({ plans, error: undefined, for: payFrequency }),
      (error: unknown) =>
        current &&
        setState({
          plans: undefined,
          for: payFrequency,
          error:
            error instanceof ApiProblem
              ? error
              : new ApiProblem({ status: 0, code: 'UNKNOWN', detail: String(error) }),
        }),
    );
    return () => {
      current = false;
    };
  }, [payFrequency]);
  // Plans of another frequency are not shown while the new ones load.
  return state.for === payFrequency ? state : { plans: undefined, error: undefined };
}
