// What every route plugin is given.
import type { Store } from '../storage/store.ts';
import type { SeasonContexts } from './season-cache.ts';

export interface RouteOptions {
  readonly store: Store;
  readonly seasons: SeasonContexts;
}
