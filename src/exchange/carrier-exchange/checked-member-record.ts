// A member record checked as memberRecord (member-record.ts) checks it, cheaply: every member of a
// monthly audit (the program's 1.7 million people) passes here, and a zod parse of each one was a
// third of the audit's time. A clean record (already trimmed, every field in range, nothing left to
// default) is checked by hand and returned as zod would return it; anything else goes through
// memberRecord itself, which trims, fills defaults, or names the field at fault. Pure.
import { isIsoDate } from '../../domain/dates.ts';
import { carrierEventKind } from './carrier-event-kind.ts';
import { memberRecord, type MemberRecord } from './member-record.ts';

/** What a record builder hands over: the record's fields, none of them defaulted. */
export interface MemberRecordFields {
  readonly subscriberId: string;
  readonly memberId: string;
  readonly relationship: string;
  readonly subscriberStanding: string;
  readonly name: { readonly last: string; readonly first: string };
  readonly address: {
    readonly line1: string;
    readonly line2: string | null;
    readonly city: string;
    readonly state: string | null;
    readonly postalCode: string | null;
    readonly country: string;
  } | null;
  readonly birthDate: string;
  readonly sex: string;
  readonly deathDate: string | null;
  readonly medicare: { readonly partA: boolean; readonly partB: boolean; readonly basis: string | null };
  readonly coverage: {
    readonly enrollmentCode: string;
    readonly planCode: string;
    readonly optionCode: string;
    readonly enrollmentType: string;
  };
  readonly coverageBegins: string;
  readonly coverageEnds: string | null;
  readonly benefitsEnd: string | null;
  readonly continuation: unknown;
  readonly event: { readonly kind: string; readonly effectiveOn: string; readonly lifeEvent: string | null };
}

export type CheckedMemberRecord =
  | { readonly ok: true; readonly record: MemberRecord }
  | { readonly ok: false; readonly field: string; readonly message: string };

/** How a builder turns fields into a record; `checkedMemberRecord` in the feed, zod alone to compare. */
export type MemberRecordCheck = (fields: MemberRecordFields) => CheckedMemberRecord;

const RELATIONSHIPS: ReadonlySet<string> = new Set(['self', 'spouse', 'child']);
const STANDINGS: ReadonlySet<string> = new Set([
  'employee',
  'compensationer',
  'annuitant',
  'survivor_annuitant',
  'former_spouse',
]);
const ENROLLMENT_TYPES: ReadonlySet<string> = new Set(['self_only', 'self_plus_one', 'self_and_family']);
const EVENT_KINDS: ReadonlySet<string> = new Set(carrierEventKind.options);
const SEXES: ReadonlySet<string> = new Set(['F', 'M', 'U']);
const IDENTIFIER = /^[0-9A-Za-z-]{1,50}$/;
/** memberRecord's text(): trimmed, within its length, no X12 separator characters or line breaks. */
const SEPARATOR_FREE = /^[^*~:^|\r\n]*$/;
const TWO_LETTERS = /^[A-Z]{2}$/;
const POSTAL_CODE = /^[0-9A-Z]{3,15}$/;

function cleanText(value: string, max: number, min = 1): boolean {
  return value.length >= min && value.length <= max && value.trim() === value && SEPARATOR_FREE.test(value);
}

const optional = (value: string | null, check: (v: string) => boolean) => value === null || check(value);

function cleanAddress(address: MemberRecordFields['address']): boolean {
  return (
    address === null ||
    (cleanText(address.line1, 55) &&
      optional(address.line2, (v) => cleanText(v, 55)) &&
      cleanText(address.city, 30, 2) &&
      optional(address.state, (v) => TWO_LETTERS.test(v)) &&
      optional(address.postalCode, (v) => POSTAL_CODE.test(v)) &&
      TWO_LETTERS.test(address.country))
  );
}

function cleanCoverage(coverage: MemberRecordFields['coverage']): boolean {
  const code = coverage.enrollmentCode;
  return (
    code.length >= 2 &&
    code.length <= 4 &&
    coverage.planCode.length >= 1 &&
    coverage.optionCode.length >= 1 &&
    ENROLLMENT_TYPES.has(coverage.enrollmentType)
  );
}

/** memberRecord's refinements: the subscriber's address, and dates in their order. */
function consistent(fields: MemberRecordFields): boolean {
  if (fields.relationship === 'self' && fields.address === null) return false;
  if (fields.coverageEnds !== null && fields.coverageEnds < fields.coverageBegins) return false;
  const benefitsEnd = fields.benefitsEnd;
  return benefitsEnd === null || (fields.coverageEnds !== null && benefitsEnd >= fields.coverageEnds);
}

/**
 * True when memberRecord would accept the fields unchanged. Records with what the guard does not
 * handle (a continuation, a life event, a death) are rare and left to zod.
 */
function isClean(fields: MemberRecordFields): boolean {
  const { medicare, event } = fields;
  return (
    fields.continuation === null &&
    fields.deathDate === null &&
    event.lifeEvent === null &&
    IDENTIFIER.test(fields.subscriberId) &&
    fields.memberId.length >= 2 &&
    IDENTIFIER.test(fields.memberId) &&
    RELATIONSHIPS.has(fields.relationship) &&
    STANDINGS.has(fields.subscriberStanding) &&
    cleanText(fields.name.last, 60) &&
    cleanText(fields.name.first, 35) &&
    cleanAddress(fields.address) &&
    isIsoDate(fields.birthDate) &&
    SEXES.has(fields.sex) &&
    typeof medicare.partA === 'boolean' &&
    typeof medicare.partB === 'boolean' &&
    (medicare.basis === null || medicare.basis === 'age') &&
    cleanCoverage(fields.coverage) &&
    isIsoDate(fields.coverageBegins) &&
    optional(fields.coverageEnds, isIsoDate) &&
    optional(fields.benefitsEnd, isIsoDate) &&
    EVENT_KINDS.has(event.kind) &&
    isIsoDate(event.effectiveOn) &&
    consistent(fields)
  );
}

/** The record exactly as memberRecord.parse returns it for clean fields: new objects, defaults filled. */
function asParsed(fields: MemberRecordFields): MemberRecord {
  const { name, address, medicare, coverage, event } = fields;
  return {
    subscriberId: fields.subscriberId,
    memberId: fields.memberId,
    relationship: fields.relationship,
    subscriberStanding: fields.subscriberStanding,
    name: { last: name.last, first: name.first, middle: null, suffix: null },
    address: address === null ? null : { ...address },
    contact: null,
    birthDate: fields.birthDate,
    sex: fields.sex,
    deathDate: null,
    medicare: { partA: medicare.partA, partB: medicare.partB, basis: medicare.basis },
    coverage: { ...coverage },
    coverageBegins: fields.coverageBegins,
    eligibilityBegins: null,
    coverageEnds: fields.coverageEnds,
    benefitsEnd: fields.benefitsEnd,
    continuation: null,
    event: { kind: event.kind, effectiveOn: event.effectiveOn, lifeEvent: null },
    ssn: null,
  } as MemberRecord;
}

/** The record through zod alone: what the guard must agree with, and what explains a bad record. */
export function zodMemberRecord(fields: MemberRecordFields): CheckedMemberRecord {
  const parsed = memberRecord.safeParse(fields);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue?.path.join('.') || 'record', message: issue?.message ?? 'invalid' };
}

/** The record as memberRecord makes it: by hand when the fields are clean, else through zod. */
export function checkedMemberRecord(fields: MemberRecordFields): CheckedMemberRecord {
  return isClean(fields) ? { ok: true, record: asParsed(fields) } : zodMemberRecord(fields);
}
