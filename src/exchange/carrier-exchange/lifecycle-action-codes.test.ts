import { describe, expect, it } from 'vitest';
import { LIFECYCLE_ACTIONS, type LifecycleAction } from '../../rules/lifecycle/states.ts';
import { carrierEventKind } from './carrier-event-kind.ts';
import {
  AGREEING_HD01,
  CARRIER_EVENTS_BY_ACTION,
  MAINTENANCE_TABLE,
  maintenanceFor,
  maintenanceReasonFor,
  maintenanceTable,
} from './lifecycle-action-codes.ts';

const codes = (action: LifecycleAction) =>
  CARRIER_EVENTS_BY_ACTION[action].map((kind) => {
    const row = maintenanceFor(kind);
    return `${kind} ${row.ins03}/${row.ins04}/${row.hd01}`;
  });

describe('the maintenance table (005010X220A1 INS03, INS04, HD01, DTP)', () => {
  it('has one row per carrier event kind, with source, version and a note', () => {
    expect(MAINTENANCE_TABLE.rows.map((row) => row.kind).sort()).toEqual(
      [...carrierEventKind.options].sort(),
    );
    expect(MAINTENANCE_TABLE.version).toMatch(/\d/);
    expect(MAINTENANCE_TABLE.sourceNote).toContain('UNCONFIRMED');
  });

  it('pairs every INS03 with an HD01 that agrees with it', () => {
    for (const row of MAINTENANCE_TABLE.rows) expect(AGREEING_HD01[row.ins03]).toContain(row.hd01);
  });

  it('always gives the coverage loop a benefit begin date (DTP 348)', () => {
    for (const row of MAINTENANCE_TABLE.rows) expect(row.coverageDates).toContain('348');
  });

  it('writes a termination’s eligibility end and benefit end, and an addition’s eligibility begin', () => {
    for (const row of MAINTENANCE_TABLE.rows) {
      if (row.ins03 === '024')
        expect([...row.memberDates, ...row.coverageDates]).toEqual(expect.arrayContaining(['357', '349']));
      if (row.ins03 === '021') expect(row.memberDates).toContain('356');
    }
  });

  it('refuses a table whose HD01 contradicts INS03, naming the row', () => {
    const rows = MAINTENANCE_TABLE.rows.map((row) =>
      row.kind === 'cancellation' ? { ...row, hd01: '021' } : row,
    );
    const result = maintenanceTable.safeParse({ ...MAINTENANCE_TABLE, rows });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('HD01 021 does not go with INS03 024');
  });

  it('refuses a table missing a kind', () => {
    const rows = MAINTENANCE_TABLE.rows.filter((row) => row.kind !== 'audit');
    expect(maintenanceTable.safeParse({ ...MAINTENANCE_TABLE, rows }).error?.issues[0]?.message).toBe(
      'no row for audit',
    );
  });

  it('takes INS04 from the life event where the row allows it, and keeps its own otherwise', () => {
    expect(maintenanceReasonFor('family_member_added', 'marriage')).toBe('32');
    expect(maintenanceReasonFor('family_member_removed', 'divorce')).toBe('01');
    expect(maintenanceReasonFor('family_member_removed', 'death_of_family_member')).toBe('03');
    expect(maintenanceReasonFor('plan_change', 'move_out_of_service_area')).toBe('43');
    expect(maintenanceReasonFor('family_member_added', 'birth_or_adoption')).toBe('EC');
    expect(maintenanceReasonFor('enrollment', 'marriage')).toBe('28');
  });
});

describe('each lifecycle action maps to the events a carrier is told', () => {
  it('covers every action of the lifecycle', () => {
    expect(Object.keys(CARRIER_EVENTS_BY_ACTION).sort()).toEqual([...LIFECYCLE_ACTIONS].sort());
  });

  it('open_season_enroll: an addition, initial enrollment', () => {
    expect(codes('open_season_enroll')).toEqual(['enrollment 021/28/021']);
  });
  it('open_season_change: a change at the same carrier, or a termination and an addition across carriers', () => {
    expect(codes('open_season_change')).toEqual([
      'plan_change 001/22/001',
      'coverage_level_change 001/22/001',
      'plan_change_in 021/22/021',
      'plan_change_out 024/22/024',
      'family_member_added 021/EC/021',
      'family_member_removed 024/07/024',
    ]);
  });
  it('open_season_decline: a held enrollment is cancelled', () => {
    expect(codes('open_season_decline')).toEqual(['cancellation 024/14/024']);
  });
  it('belated_enroll: an addition, initial enrollment', () => {
    expect(codes('belated_enroll')).toEqual(['enrollment 021/28/021']);
  });
  it('life_event_change: enrollment, plan or type changes, family members added or removed', () => {
    expect(codes('life_event_change')).toEqual([
      'enrollment 021/28/021',
      'plan_change 001/22/001',
      'coverage_level_change 001/22/001',
      'plan_change_in 021/22/021',
      'plan_change_out 024/22/024',
      'family_member_added 021/EC/021',
      'family_member_removed 024/07/024',
    ]);
  });
  it('death_of_enrollee: termination for death, a continuing survivor added, others removed', () => {
    expect(codes('death_of_enrollee')).toEqual([
      'death_of_enrollee 024/03/024',
      'survivor_continuation 021/11/021',
      'family_member_removed 024/07/024',
    ]);
  });
  it('cancel: cancellation, voluntary withdrawal', () => {
    expect(codes('cancel')).toEqual(['cancellation 024/14/024']);
  });
  it('cancel_for_part_b: cancellation treated as termination', () => {
    expect(codes('cancel_for_part_b')).toEqual(['cancellation_for_part_b 024/14/024']);
  });
  it('remove_for_missing_part_b: termination of benefits', () => {
    expect(codes('remove_for_missing_part_b')).toEqual(['removal_for_missing_part_b 024/07/024']);
  });
  it('end_temporary_extension: termination of benefits at the extension’s end', () => {
    expect(codes('end_temporary_extension')).toEqual(['temporary_extension_ended 024/07/024']);
  });
  it('convert_to_individual_policy: termination by transfer', () => {
    expect(codes('convert_to_individual_policy')).toEqual(['conversion_to_individual_policy 024/XT/024']);
  });
  it('suspend: termination, suspended', () => {
    expect(codes('suspend')).toEqual(['suspension 024/18/024']);
  });
  it('reinstate: reinstatement, re-enrollment', () => {
    expect(codes('reinstate')).toEqual(['reinstatement 025/41/025']);
  });
  it('elect_tcc: addition under continuation (COBRA code)', () => {
    expect(codes('elect_tcc')).toEqual(['tcc_enrollment 021/09/021']);
  });
  it('end_tcc: termination of benefits', () => {
    expect(codes('end_tcc')).toEqual(['tcc_ended 024/07/024']);
  });
  it('court_ordered_child_enrollment: an addition, or the child added and the type raised', () => {
    expect(codes('court_ordered_child_enrollment')).toEqual([
      'court_ordered_enrollment 021/28/021',
      'family_member_added 021/EC/021',
      'coverage_level_change 001/22/001',
    ]);
  });
  it('correct_administrative_error: retroactive addition, correction or termination', () => {
    expect(codes('correct_administrative_error')).toEqual([
      'correction_addition 021/AI/021',
      'correction_change 001/AI/026',
      'correction_termination 024/AI/024',
    ]);
  });

  it('leaves only the events no lifecycle action causes: automatic enrollment, data changes, termination, audit', () => {
    const caused = new Set(Object.values(CARRIER_EVENTS_BY_ACTION).flat());
    const uncaused = carrierEventKind.options.filter((kind) => !caused.has(kind));
    expect(uncaused).toEqual(['automatic_enrollment', 'identifying_data_change', 'termination', 'audit']);
  });
});
