// Customer-experience data for the end-to-end demo app: A-11 v2 responses in three weeks before the
// demo's program date (2024-11-20), one partner's e-mail cell too small to show, comments on both
// sides, and the sample maturity self-assessment for two fiscal years. Synthetic, no personal data.
import { loadCxCatalogue } from '../../src/exchange/cx/cx-catalogue.ts';
import { loadMaturityDemo } from '../../src/exchange/cx/maturity-demo.ts';
import type { Store } from '../../src/storage/store.ts';
import { loadExactCells, type SyntheticCell } from '../cx-report-fixtures.ts';

const ELECTION = 'open-season-election';
const HELPLINE = 'support-case-resolved-helpline';
const RETIREMENT_OFFICE = 'support-case-resolved-retirement-information-office';

/** FY2024 Q4 (September 2024). */
const SEPTEMBER: readonly SyntheticCell[] = [
  {
    transactionPoint: ELECTION,
    channel: 'web',
    up: 12,
    down: 3,
    served: 80,
    offered: 20,
    respondedOn: '2024-09-16',
  },
  {
    transactionPoint: HELPLINE,
    channel: 'phone',
    up: 15,
    down: 6,
    served: 90,
    offered: 45,
    respondedOn: '2024-09-17',
    upComment: 'The agent explained the Part B rule patiently.',
    downComment: 'I waited a long time on hold.',
  },
];

/** FY2025 Q1 (October and November 2024). */
const AUTUMN: readonly SyntheticCell[] = [
  {
    transactionPoint: ELECTION,
    channel: 'web',
    up: 18,
    down: 4,
    served: 120,
    offered: 30,
    respondedOn: '2024-10-15',
  },
  {
    transactionPoint: HELPLINE,
    channel: 'phone',
    up: 22,
    down: 5,
    served: 100,
    offered: 50,
    respondedOn: '2024-10-16',
    downComment: 'Nobody told me my case was closed.',
  },
  // Three e-mail respondents: below the threshold, so the cell (and the week's total) is not shown.
  {
    transactionPoint: HELPLINE,
    channel: 'email',
    up: 2,
    down: 1,
    served: 6,
    offered: 6,
    respondedOn: '2024-10-16',
  },
  {
    transactionPoint: ELECTION,
    channel: 'web',
    up: 30,
    down: 6,
    served: 150,
    offered: 40,
    respondedOn: '2024-11-12',
    upComment: 'Comparing plans side by side was easy.',
    downComment: 'The page timed out twice before my election was saved.',
  },
  {
    transactionPoint: HELPLINE,
    channel: 'phone',
    up: 25,
    down: 9,
    served: 110,
    offered: 55,
    respondedOn: '2024-11-13',
  },
  {
    transactionPoint: RETIREMENT_OFFICE,
    channel: 'phone',
    up: 11,
    down: 3,
    served: 40,
    offered: 20,
    respondedOn: '2024-11-14',
    upComment: 'Me atendieron en español sin problema.',
  },
];

export async function recordDemoCx(store: Store): Promise<void> {
  const catalogue = loadCxCatalogue();
  await loadExactCells(store, catalogue, 2024, 4, SEPTEMBER);
  await loadExactCells(store, catalogue, 2025, 1, AUTUMN);
  await loadMaturityDemo(store, { fiscalYear: 2025, asOf: '2024-11-20' });
  await loadMaturityDemo(store, { fiscalYear: 2026, asOf: '2024-11-20' });
}
