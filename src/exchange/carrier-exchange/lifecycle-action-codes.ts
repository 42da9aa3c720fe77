// How each enrollment event is told to a carrier in an ASC X12 834 (005010X220A1): the maintenance
// type (INS03), its reason (INS04), the coverage maintenance type (HD01) and the dates each loop
// carries. The code values are the implementation guide's; which code tells which event is this
// exchange's choice, written once here with the paragraph behind each event, and printed in
// docs/834-companion-guide.md from this table.
import { z } from 'zod';
import type { LifeEventKind } from '../../domain/lifecycle.ts';
import type { LifecycleAction } from '../../rules/lifecycle/states.ts';
import { carrierEventKind, type CarrierEventKind } from './carrier-event-kind.ts';

/** INS03, element 875, as 005010X220A1 allows it in loop 2000. */
export const maintenanceType = z.enum(['001', '021', '024', '025', '030']);
export type MaintenanceType = z.infer<typeof maintenanceType>;

/** HD01, element 875, in loop 2300: INS03's codes and 026 (correction). */
export const coverageMaintenanceType = z.enum(['001', '021', '024', '025', '026', '030']);
export type CoverageMaintenanceType = z.infer<typeof coverageMaintenanceType>;

/** The INS04 codes (element 1203) this exchange sends; every one is in the guide's list for INS04. */
export const maintenanceReason = z.enum([
  '01', // Divorce
  '03', // Death
  '07', // Termination of Benefits
  '09', // COBRA (used for temporary continuation of coverage, the Federal counterpart)
  '11', // Surviving Spouse
  '14', // Voluntary Withdrawal
  '18', // Suspended
  '22', // Plan Change
  '25', // Change in Identifying Data Elements
  '28', // Initial Enrollment
  '32', // Marriage
  '41', // Re-enrollment
  '43', // Change of Location
  'AI', // No Reason Given
  'AL', // Algorithm Assigned Benefit Selection
  'EC', // Member Benefit Selection
  'XN', // Notification Only
  'XT', // Transfer
]);
export type MaintenanceReason = z.infer<typeof maintenanceReason>;

/** Loop 2000 DTP01 qualifiers used: maintenance effective, eligibility, TCC (COBRA) span, suspension. */
export const memberDateQualifier = z.enum(['303', '356', '357', '340', '341', '393']);
export type MemberDateQualifier = z.infer<typeof memberDateQualifier>;

/** Loop 2300 DTP01 qualifiers used: benefit begin and benefit end. */
export const coverageDateQualifier = z.enum(['348', '349']);
export type CoverageDateQualifier = z.infer<typeof coverageDateQualifier>;

export const maintenanceRow = z.strictObject({
  kind: carrierEventKind,
  ins03: maintenanceType,
  ins04: maintenanceReason,
  hd01: coverageMaintenanceType,
  /** 2000 DTP qualifiers always written for this kind (the record must hold their dates). */
  memberDates: z.array(memberDateQualifier),
  /** 2300 DTP qualifiers always written for this kind. */
  coverageDates: z.array(coverageDateQualifier).min(1),
  /** Qualifiers written only when the record holds the date (an audit reports ended coverage too). */
  whenKnown: z.array(z.union([memberDateQualifier, coverageDateQualifier])).default([]),
  /** A life event on the event replaces INS04 with its own reason (LIFE_EVENT_REASONS). */
  reasonFromLifeEvent: z.boolean().default(false),
  /** The paragraph behind the event. */
  citation: z.string().min(1),
  /** What the carrier is told, in plain words. */
  meaning: z.string().min(1),
});
export type MaintenanceRow = z.infer<typeof maintenanceRow>;

export const maintenanceTable = z
  .strictObject({
    version: z.string().min(1),
    source: z.string().min(1),
    sourceNote: z.string(),
    rows: z.array(maintenanceRow),
  })
  .superRefine((table, context) => {
    const seen = new Set<CarrierEventKind>();
    table.rows.forEach((row, index) => {
      if (seen.has(row.kind)) {
        context.addIssue({ code: 'custom', path: ['rows', index, 'kind'], message: `${row.kind} twice` });
      }
      seen.add(row.kind);
      if (!AGREEING_HD01[row.ins03].includes(row.hd01)) {
        context.addIssue({
          code: 'custom',
          path: ['rows', index, 'hd01'],
          message: `HD01 ${row.hd01} does not go with INS03 ${row.ins03}`,
        });
      }
    });
    for (const kind of carrierEventKind.options) {
      if (!seen.has(kind))
        context.addIssue({ code: 'custom', path: ['rows'], message: `no row for ${kind}` });
    }
  });
export type MaintenanceTable = z.infer<typeof maintenanceTable>;

/**
 * HD01 values that agree with an INS03: the same action on the member and on the coverage, and a
 * correction (026) of coverage only within a change (001) of the member.
 */
export const AGREEING_HD01: Readonly<Record<MaintenanceType, readonly CoverageMaintenanceType[]>> = {
  '001': ['001', '026'],
  '021': ['021'],
  '024': ['024'],
  '025': ['025'],
  '030': ['030'],
};

const ADDED: Pick<MaintenanceRow, 'ins03' | 'hd01' | 'memberDates' | 'coverageDates'> = {
  ins03: '021',
  hd01: '021',
  memberDates: ['303', '356'],
  coverageDates: ['348'],
};
const CHANGED: Pick<MaintenanceRow, 'ins03' | 'hd01' | 'memberDates' | 'coverageDates'> = {
  ins03: '001',
  hd01: '001',
  memberDates: ['303'],
  coverageDates: ['348'],
};
const ENDED: Pick<MaintenanceRow, 'ins03' | 'hd01' | 'memberDates' | 'coverageDates'> = {
  ins03: '024',
  hd01: '024',
  memberDates: ['303', '357'],
  coverageDates: ['348', '349'],
};

type RowInput = z.input<typeof maintenanceRow>;

const ROWS: readonly RowInput[] = [
  {
    kind: 'automatic_enrollment',
    ...ADDED,
    ins04: 'AL',
    citation: '5 CFR 890.1605(b)',
    meaning: 'Enrolled automatically by OPM in the option its crosswalk assigns (no election made).',
  },
  {
    kind: 'enrollment',
    ...ADDED,
    ins04: '28',
    citation: '5 CFR 890.1606(e), 890.1605(e), 890.301',
    meaning: 'A new enrollment the enrollee elected: in an open season, belatedly, or on a life event.',
  },
  {
    kind: 'court_ordered_enrollment',
    ...ADDED,
    ins04: '28',
    citation: '5 U.S.C. 8905(h), 5 CFR 890.301(g)(3)',
    meaning: 'Enrolled by the employing office under a court order to cover a child.',
  },
  {
    kind: 'survivor_continuation',
    ...ADDED,
    ins04: '11',
    citation: '5 CFR 890.401(a)',
    meaning: "A survivor annuitant continues the deceased enrollee's coverage in their own name (INS05 S).",
  },
  {
    kind: 'tcc_enrollment',
    ...ADDED,
    memberDates: ['303', '356', '340', '341'],
    ins04: '09',
    citation: '5 U.S.C. 8905a, 5 CFR 890 subpart K',
    meaning:
      'Temporary continuation of coverage (INS05 C, INS07 the qualifying event, DTP 340/341 its span).',
  },
  {
    kind: 'family_member_added',
    ...ADDED,
    ins04: 'EC',
    reasonFromLifeEvent: true,
    citation: '5 CFR 890.301(f), 890.306(f), 890.302',
    meaning: 'A family member joins an enrollment that continues (INS04 names the life event when known).',
  },
  {
    kind: 'plan_change_in',
    ...ADDED,
    ins04: '22',
    reasonFromLifeEvent: true,
    citation: '5 CFR 890.1606(e), 890.301',
    meaning: "The enrollee moved to this carrier's plan from another carrier's.",
  },
  {
    kind: 'plan_change',
    ...CHANGED,
    ins04: '22',
    reasonFromLifeEvent: true,
    citation: '5 CFR 890.1606(e), 890.301',
    meaning: "A new plan or option of the same carrier; DTP 348 is the new enrollment code's first day.",
  },
  {
    kind: 'coverage_level_change',
    ...CHANGED,
    ins04: '22',
    reasonFromLifeEvent: true,
    citation: '5 CFR 890.301(f), 890.306(f)',
    meaning: 'Self Only, Self Plus One or Self and Family changed (new HD05 and enrollment code).',
  },
  {
    kind: 'identifying_data_change',
    ...CHANGED,
    ins04: '25',
    citation: '005010X220A1 INS04 code 25',
    meaning: 'Name, birth date, sex, address or Medicare standing (INS06) changed; coverage is unchanged.',
  },
  {
    kind: 'correction_addition',
    ...ADDED,
    ins04: 'AI',
    citation: '5 CFR 890.103',
    meaning: 'An administrative error corrected: coverage that should have existed, from DTP 348 on.',
  },
  {
    kind: 'correction_change',
    ...CHANGED,
    hd01: '026',
    ins04: 'AI',
    citation: '5 CFR 890.103',
    meaning: 'An administrative error corrected: the coverage shown replaces what was sent, from DTP 303 on.',
  },
  {
    kind: 'correction_termination',
    ...ENDED,
    ins04: 'AI',
    citation: '5 CFR 890.103',
    meaning: 'An administrative error corrected: coverage that should not have existed after DTP 349.',
  },
  {
    kind: 'plan_change_out',
    ...ENDED,
    ins04: '22',
    reasonFromLifeEvent: true,
    citation: '5 CFR 890.1606(e), 890.301',
    meaning: "The enrollee moved to another carrier's plan; no extension (coverage continues elsewhere).",
  },
  {
    kind: 'cancellation',
    ...ENDED,
    ins04: '14',
    citation: '5 CFR 890.1606, 890.401(a)',
    meaning: 'Cancelled by the enrollee: no temporary extension and no conversion (DTP 349 = DTP 357).',
  },
  {
    kind: 'cancellation_for_part_b',
    ...ENDED,
    ins04: '14',
    citation: '5 CFR 890.1608(e)',
    meaning:
      'Cancelled because of Part B, treated as a termination: 31-day extension (DTP 349) and conversion.',
  },
  {
    kind: 'removal_for_missing_part_b',
    ...ENDED,
    ins04: '07',
    citation: '5 CFR 890.1608(b)',
    meaning: 'Disenrolled or removed for missing Part B: 31-day extension (DTP 349) and conversion.',
  },
  {
    kind: 'family_member_removed',
    ...ENDED,
    ins04: '07',
    reasonFromLifeEvent: true,
    citation: '5 CFR 890.302, 890.401(a)',
    meaning: 'A family member is no longer covered; the 31-day extension (DTP 349) and conversion follow.',
  },
  {
    kind: 'termination',
    ...ENDED,
    ins04: '07',
    citation: '5 CFR 890.401(a)',
    meaning: 'Enrollment terminated other than by cancellation: 31-day extension (DTP 349) and conversion.',
  },
  {
    kind: 'death_of_enrollee',
    ...ENDED,
    ins04: '03',
    citation: '5 CFR 890.401(a)',
    meaning: 'The enrollee died (INS12); family members not continued by a survivor have the extension.',
  },
  {
    kind: 'tcc_ended',
    ...ENDED,
    memberDates: ['303', '357', '340', '341'],
    ins04: '07',
    citation: '5 CFR 890.401(a), 890 subpart K',
    meaning: 'Temporary continuation ended; the 31-day extension (DTP 349) and conversion follow.',
  },
  {
    kind: 'temporary_extension_ended',
    ...ENDED,
    ins04: '07',
    citation: '5 CFR 890.401(a)',
    meaning: 'The 31-day temporary extension ran out without conversion; DTP 349 is its last day.',
  },
  {
    kind: 'conversion_to_individual_policy',
    ...ENDED,
    ins04: 'XT',
    citation: '5 CFR 890.401(a)',
    meaning: "Converted to the carrier's individual policy during the extension; group benefits end DTP 349.",
  },
  {
    kind: 'suspension',
    ...ENDED,
    memberDates: ['303', '357', '393'],
    ins04: '18',
    citation: '5 CFR 890.304(d)',
    meaning:
      'Suspended (e.g. for Medicare Advantage); DTP 393 is the first day suspended. May be reinstated.',
  },
  {
    kind: 'reinstatement',
    ins03: '025',
    hd01: '025',
    memberDates: ['303', '356'],
    coverageDates: ['348'],
    ins04: '41',
    citation: '5 CFR 890.304(d)',
    meaning: 'A suspended enrollment is reinstated from DTP 348 on.',
  },
  {
    kind: 'audit',
    ins03: '030',
    hd01: '030',
    memberDates: ['356'],
    coverageDates: ['348'],
    whenKnown: ['357', '349', '340', '341'],
    ins04: 'XN',
    citation: '5 CFR 890.110, 48 CFR 1609.7101-1(a)(5)',
    meaning: 'Full membership as of the file date (BGN08 4), for reconciliation; nothing is to change.',
  },
];

/** Reasons a life event gives INS04 where the row allows it; events without one keep the row's code. */
export const LIFE_EVENT_REASONS: Readonly<Record<LifeEventKind, MaintenanceReason | null>> = {
  marriage: '32',
  divorce: '01',
  death_of_family_member: '03',
  death_of_enrollee: '03',
  move_out_of_service_area: '43',
  // The record does not tell a birth (02) from an adoption (05): the row's own reason stands.
  birth_or_adoption: null,
  loss_of_other_coverage: null,
};

export const MAINTENANCE_TABLE: MaintenanceTable = maintenanceTable.parse({
  version: '2026.1',
  source:
    'ASC X12N 005010X220A1 (834) code lists for INS03, INS04, HD01 and DTP01; 5 CFR 890 subpart P and 890.401',
  sourceNote:
    'Code values and loop positions checked against a public machine-readable map of 005010X220A1 (the ' +
    'guide itself is licensed by X12). Which code tells which exchange event is this exchange’s choice, ' +
    'UNCONFIRMED with carriers until their EDI teams sign off on the companion guide.',
  rows: ROWS,
});

/** The row for a kind of event. */
export function maintenanceFor(kind: CarrierEventKind): MaintenanceRow {
  const row = MAINTENANCE_TABLE.rows.find((candidate) => candidate.kind === kind);
  if (!row) throw new Error(`no 834 maintenance row for ${kind}`);
  return row;
}

/** INS04 for an event: the life event's reason where the row takes one, else the row's. */
export function maintenanceReasonFor(
  kind: CarrierEventKind,
  lifeEvent: LifeEventKind | null,
): MaintenanceReason {
  const row = maintenanceFor(kind);
  const fromEvent = row.reasonFromLifeEvent && lifeEvent !== null ? LIFE_EVENT_REASONS[lifeEvent] : null;
  return fromEvent ?? row.ins04;
}

/**
 * Which member-level events each lifecycle action (src/rules/lifecycle/states.ts) can give rise to.
 * The exchange picks among them per member and carrier: a plan change between carriers is a
 * termination for the one and an addition for the other; an open season decline of a held
 * enrollment is its cancellation.
 */
export const CARRIER_EVENTS_BY_ACTION: Readonly<Record<LifecycleAction, readonly CarrierEventKind[]>> = {
  open_season_enroll: ['enrollment'],
  open_season_change: [
    'plan_change',
    'coverage_level_change',
    'plan_change_in',
    'plan_change_out',
    'family_member_added',
    'family_member_removed',
  ],
  open_season_decline: ['cancellation'],
  belated_enroll: ['enrollment'],
  life_event_change: [
    'enrollment',
    'plan_change',
    'coverage_level_change',
    'plan_change_in',
    'plan_change_out',
    'family_member_added',
    'family_member_removed',
  ],
  death_of_enrollee: ['death_of_enrollee', 'survivor_continuation', 'family_member_removed'],
  cancel: ['cancellation'],
  cancel_for_part_b: ['cancellation_for_part_b'],
  remove_for_missing_part_b: ['removal_for_missing_part_b'],
  end_temporary_extension: ['temporary_extension_ended'],
  convert_to_individual_policy: ['conversion_to_individual_policy'],
  suspend: ['suspension'],
  reinstate: ['reinstatement'],
  elect_tcc: ['tcc_enrollment'],
  end_tcc: ['tcc_ended'],
  court_ordered_child_enrollment: [
    'court_ordered_enrollment',
    'family_member_added',
    'coverage_level_change',
  ],
  correct_administrative_error: ['correction_addition', 'correction_change', 'correction_termination'],
};
