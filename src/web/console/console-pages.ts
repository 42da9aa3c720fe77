// The support console's pages under /console, as data: console-area.tsx makes its routes from this list,
// and the end-to-end page scan visits every page it names.
import type { Role } from '../api/session.tsx';

export type ConsolePageKey = 'queue' | 'search' | 'case';

export interface ConsolePage {
  readonly key: ConsolePageKey;
  /** Under /console; '' is the start page; ':id' stands for a case's number. */
  readonly path: string;
}

export const CONSOLE_ROLES: readonly Role[] = ['support_specialist', 'program_administrator'];

export const CONSOLE_PAGES: readonly ConsolePage[] = [
  { key: 'queue', path: '' },
  { key: 'search', path: 'search' },
  { key: 'case', path: 'cases/:id' },
];
