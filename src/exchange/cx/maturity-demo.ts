// A sample CX maturity self-assessment and action plan for the demo (npm start may call it): the five
// ratings with evidence, the two focus areas and two planned actions in each, tied to the personas.
// Synthetic; recording it twice changes nothing the second time (a year already rated is left alone).
import type { Principal } from '../../security/principal.ts';
import { readAssessmentRow } from '../../storage/cx/maturity-store.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { addPlannedAction } from './action-plans.ts';
import { chooseFocusAreas, recordRating } from './maturity-assessment.ts';

export const DEMO_CX_OWNER: Principal = {
  subject: 'demo-program-administrator',
  role: 'program_administrator',
};

export interface MaturityDemoOptions {
  /** The fiscal year to fill (default 2026). */
  readonly fiscalYear?: number;
  /** The program date the statuses are computed on (default 1 November of the year before). */
  readonly asOf?: string;
}

/** Fills the sample year; false when it already had an assessment. */
export async function loadMaturityDemo(store: Store, options: MaturityDemoOptions = {}): Promise<boolean> {
  const year = options.fiscalYear ?? 2026;
  const on = `${year - 1}-10-15`;
  const asOf = options.asOf ?? `${year - 1}-11-01`;
  if (await readAssessmentRow(executorOf(store), year)) return false;
  const who = DEMO_CX_OWNER;
  const ratings: [string, number, string, [string, string][]][] = [
    [
      'measurement',
      3,
      'Post-transaction surveys after elections, life events and resolved help requests; quarterly data reported.',
      [
        ['Quarterly CX data', '/api/v1/cx/report?fiscalYear=' + String(year - 1) + '&quarter=4'],
        ['Customer experience guide', 'docs/customer-experience.md'],
      ],
    ],
    [
      'governance',
      2,
      'The support plan names each partner’s role; CX is not yet a standing item of program reviews.',
      [['Customer support plan for open season', 'reference-data/support-plans/open-season-77.json']],
    ],
    [
      'organization-and-culture',
      2,
      'Helpline staff trained on scripted answers; no CX training for program staff yet.',
      [['Support plan document', 'docs/support-plan.md']],
    ],
    [
      'customer-research',
      1,
      'Little direct research with annuitants and Spanish-speaking families.',
      [['Support reports', 'docs/support-reports.md']],
    ],
    [
      'service-design',
      2,
      'Scripted answers keep partners consistent; portal pages are partly in English only.',
      [['Support plan scripted answers', 'docs/support-plan.md']],
    ],
  ];
  for (const [dimension, rating, summary, evidence] of ratings)
    await store.transaction((tx) =>
      recordRating(tx, who, {
        fiscalYear: year,
        dimension,
        rating,
        summary,
        evidence: evidence.map(([label, link]) => ({ label, link })),
        effectiveOn: on,
      }),
    );
  await store.transaction((tx) =>
    chooseFocusAreas(tx, who, {
      fiscalYear: year,
      areas: ['measurement', 'customer-research'],
      reason:
        'The first open season showed long waits late in the season and few answers from Spanish speakers.',
      effectiveOn: on,
    }),
  );
  const context = { asOf };
  const actions = [
    {
      key: 'cx-operational-dashboard',
      focusArea: 'measurement',
      title: 'A CX operational dashboard beside the contact-center figures',
      description:
        'Trust and its drivers by partner and channel, next to service level and abandonment for the same days.',
      personaId: 'last-day-caller',
      owner: 'PSHB program office, CX lead',
      milestones: [
        { key: 'measures-agreed', title: 'Measures agreed with the partners', dueOn: `${year - 1}-12-15` },
        {
          key: 'dashboard-live',
          title: 'Dashboard in use at the weekly partner call',
          dueOn: `${year}-03-31`,
        },
      ],
    },
    {
      key: 'ivr-post-call-survey',
      focusArea: 'measurement',
      title: 'A post-call survey on the help line',
      description:
        'The contractor’s IVR offers the A-11 survey after a call and sends the answers each week.',
      personaId: 'last-day-caller',
      owner: 'Help line contractor, with the PSHB program office',
      milestones: [
        {
          key: 'pra-clearance',
          title: 'Survey covered by the generic clearance',
          dueOn: `${year - 1}-11-30`,
        },
        { key: 'first-import', title: 'First weekly import of IVR answers', dueOn: `${year}-01-31` },
      ],
    },
    {
      key: 'part-b-journey-map',
      focusArea: 'customer-research',
      title: 'A journey map of annuitants facing the Part B requirement',
      description:
        'Interviews with annuitants and the Retirement Information Office on every letter and call.',
      personaId: 'annuitant-part-b',
      owner: 'OPM Retirement Services, customer research lead',
      milestones: [
        { key: 'interviews', title: 'Twelve interviews held', dueOn: `${year}-02-28` },
        { key: 'map-published', title: 'Journey map shared with the partners', dueOn: `${year}-05-31` },
      ],
    },
    {
      key: 'spanish-usability-sessions',
      focusArea: 'customer-research',
      title: 'Usability sessions in Spanish with family members who help',
      description:
        'Portal tasks tested with people helping a relative, in Spanish, before the next open season.',
      personaId: 'spanish-speaking-family-member',
      owner: 'Portal product owner',
      milestones: [
        { key: 'recruit', title: 'Participants recruited', dueOn: `${year}-03-15` },
        { key: 'findings', title: 'Findings and fixes listed', dueOn: `${year}-06-30` },
      ],
    },
  ];
  for (const action of actions)
    await store.transaction((tx) =>
      addPlannedAction(tx, who, { fiscalYear: year, effectiveOn: on, ...action }, context),
    );
  return true;
}
