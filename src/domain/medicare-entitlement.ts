// What a Medicare entitlement response does to a person's Medicare facts. The agency's answer is the
// authority for the entitlement it reports: Part A from its start (none when it has ended by the day
// received), and its Part B period replacing what we held from its start on; periods of ours that
// ended by then are history and stay. A response with no Part B ends nothing we know ended: it
// drops our open-ended periods (the agency says there is no Part B now) and keeps the closed ones.
// Response end dates are the last day entitled; the record keeps the first day without (person.ts).
import { addDays, type IsoDate } from './dates.ts';
import type { PartBPeriod } from './person.ts';

/** The Medicare columns of a person (migrations 0001 and 0011). */
export interface StoredMedicare {
  readonly partAStart: IsoDate | null;
  readonly partBStart: IsoDate | null;
  readonly partBEnd: IsoDate | null;
  /** "start..end;start.." (end empty while it lasts), or null. */
  readonly partBPeriods: string | null;
}

/** Entitlement as a response line gives it; ends are the last day entitled. */
export interface ReportedEntitlement {
  readonly partAStart: IsoDate | null;
  readonly partAEnd: IsoDate | null;
  readonly partBStart: IsoDate | null;
  readonly partBEnd: IsoDate | null;
}

export function parsePeriods(text: string | null): PartBPeriod[] {
  if (text === null || text === '') return [];
  return text.split(';').map((span) => {
    const [start, end] = span.split('..');
    return { start: start!, end: end === undefined || end === '' ? null : end };
  });
}

export function formatPeriods(periods: readonly PartBPeriod[]): string | null {
  if (periods.length === 0) return null;
  return periods.map((p) => `${p.start}..${p.end ?? ''}`).join(';');
}

function storedPeriods(stored: StoredMedicare): PartBPeriod[] {
  const periods = parsePeriods(stored.partBPeriods);
  if (periods.length > 0) return periods;
  return stored.partBStart === null ? [] : [{ start: stored.partBStart, end: stored.partBEnd }];
}

/** The person's Medicare columns once the response is applied on `receivedOn`. */
export function applyEntitlement(
  stored: StoredMedicare,
  reported: ReportedEntitlement,
  receivedOn: IsoDate,
): StoredMedicare {
  const partAEnded = reported.partAEnd !== null && addDays(reported.partAEnd, 1) <= receivedOn;
  const partAStart = reported.partAStart !== null && !partAEnded ? reported.partAStart : null;
  let periods = storedPeriods(stored);
  if (reported.partBStart === null) {
    periods = periods.filter((p) => p.end !== null);
  } else {
    const reportedPeriod: PartBPeriod = {
      start: reported.partBStart,
      end: reported.partBEnd === null ? null : addDays(reported.partBEnd, 1),
    };
    // From the reported start on, the agency's record is the one kept: ours then is history only
    // when it ended by that start.
    periods = [...periods.filter((p) => p.end !== null && p.end <= reportedPeriod.start), reportedPeriod];
  }
  periods.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const latest = periods[periods.length - 1] ?? null;
  return {
    partAStart,
    partBStart: latest?.start ?? null,
    partBEnd: latest?.end ?? null,
    partBPeriods: periods.length > 1 ? formatPeriods(periods) : null,
  };
}
