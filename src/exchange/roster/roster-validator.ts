// Checks a roster row by row, in one pass and constant memory per household: field formats, the
// relationship rules of 5 CFR 890.302 (an enrollee, a spouse, children), household references, duplicate
// people, and enrollment codes known to the catalogue.
import type { Catalogue, EnrollmentType } from '../../domain/catalogue.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { mbiProblem } from '../../domain/medicare-number.ts';
import { partABasis, personCategory, relationship } from '../../domain/person.ts';
import type { CsvRecord } from './csv-records.ts';
import { textWithin } from './field-checks.ts';
import { COLUMN as C, ROSTER_COLUMNS, type RosterColumn } from './roster-columns.ts';
import type { RowErrorCollector } from './row-errors.ts';

export interface FehbCode {
  readonly planCode: string;
  readonly optionCode: string;
  readonly enrollmentType: EnrollmentType;
}

/** FEHB enrollment codes of the catalogue, decoded to plan, option and type. */
export function fehbCodesOf(catalogue: Catalogue): Map<string, FehbCode> {
  const codes = new Map<string, FehbCode>();
  for (const o of catalogue.options) {
    if (o.program !== 'FEHB') continue;
    for (const [type, premium] of Object.entries(o.premiums)) {
      if (premium)
        codes.set(premium.enrollmentCode, {
          planCode: o.planCode,
          optionCode: o.optionCode,
          enrollmentType: type as EnrollmentType,
        });
    }
  }
  return codes;
}

const BOOLEAN_COLUMNS: readonly RosterColumn[] = [
  'employed_on_program_start',
  'compensationer_unable_to_return',
  'incapable_of_self_support',
  'va_enrolled',
  'ihs_eligible',
  'suspended_for_medicare_plan',
  'covered_by_other_fehb',
  'former_spouse_fehb_enrolled',
  'nonpay_over_365_days',
  'informed_of_part_b_requirement',
];
const OPTIONAL_DATE_COLUMNS: readonly RosterColumn[] = [
  'annuitant_since',
  'medicare_part_a_start',
  'medicare_part_b_start',
  'medicare_part_b_end',
  'evidence_residence_abroad_on',
  'evidence_va_enrollment_on',
  'evidence_ihs_eligibility_on',
];
/** Columns that only the enrollee's row may fill. */
const ENROLLEE_ONLY: readonly RosterColumn[] = [
  'fehb_enrollment_code',
  'fehb_covered_person_id',
  'election_kind',
  'election_enrollment_code',
  'election_made_on',
];

const BOOLEAN_INDEXES = BOOLEAN_COLUMNS.map((column) => [column, C[column]] as const);
const OPTIONAL_DATE_INDEXES = OPTIONAL_DATE_COLUMNS.map((column) => [column, C[column]] as const);
const ENROLLEE_ONLY_INDEXES = ENROLLEE_ONLY.map((column) => [column, C[column]] as const);

/**
 * isIsoDate with a memory of the valid dates seen: a roster repeats the same few tens of thousands of
 * dates millions of times. Only valid dates are kept, so the memory is bounded by the calendar.
 */
const validDates = new Set<string>();
function isDate(text: string): boolean {
  if (validDates.has(text)) return true;
  if (!isIsoDate(text)) return false;
  validDates.add(text);
  return true;
}

/** The longest name and deceased_annuitant_exception, in characters (docs/data.md). */
export const ROSTER_TEXT_LIMIT = 100;
const rosterText = textWithin(ROSTER_TEXT_LIMIT);
const optionalRosterText = textWithin(ROSTER_TEXT_LIMIT, true);
const TEXT_INDEXES = (['first_name', 'last_name'] as const).map((column) => [column, C[column]] as const);

const ID = /^[1-9][0-9]{0,14}$/;
const SSN = /^[0-9]{3}-[0-9]{2}-[0-9]{4}$/;
const TWO_LETTERS = /^[A-Z]{2}$/;
const CATEGORIES = new Set<string>(personCategory.options);
const RELATIONSHIPS = new Set<string>(relationship.options);
const PART_A_BASES = new Set<string>(partABasis.options);
const ENROLLEE_CATEGORIES = new Set([
  'employee',
  'compensationer',
  'annuitant',
  'survivor_annuitant',
  'former_spouse',
]);
const ANNUITANT_CATEGORIES = new Set(['annuitant', 'survivor_annuitant']);

interface OpenHousehold {
  id: number;
  members: Set<number>;
  spouses: number;
  /** The person a Self Plus One enrollment names, checked when the household ends. */
  covered: { id: number; line: number } | null;
}

export class RosterValidator {
  private readonly errors: RowErrorCollector;
  private readonly fehbCodes: ReadonlyMap<string, FehbCode>;
  private readonly pshbCodes: ReadonlySet<string>;
  /** Every person id seen, to find duplicates. */
  private readonly ids = new Set<number>();
  private household: OpenHousehold | null = null;
  households = 0;
  /** Fields per row: every roster column, or one fewer for a file without medicare_number. */
  private columns: number = ROSTER_COLUMNS.length;

  constructor(
    errors: RowErrorCollector,
    fehbCodes: ReadonlyMap<string, FehbCode>,
    pshbCodes: ReadonlySet<string>,
  ) {
    this.errors = errors;
    this.fehbCodes = fehbCodes;
    this.pshbCodes = pshbCodes;
  }

  /** The file's header had this many columns (medicare_number may be left out). */
  expectColumns(count: number): void {
    this.columns = count;
  }

  check(record: CsvRecord): void {
    const f = record.fields;
    const line = record.line;
    if (f.length !== this.columns) {
      this.add(line, 'row', `has ${f.length} fields, expected ${this.columns}`);
      return;
    }
    this.checkFormats(f, line);
    if (!ID.test(f[C.person_id]!) || !ID.test(f[C.household_id]!)) return;
    const id = Number(f[C.person_id]);
    const householdId = Number(f[C.household_id]);
    if (this.ids.has(id)) this.add(line, 'person_id', `person ${id} appears twice`);
    this.ids.add(id);
    const rel = f[C.relationship]!;
    if (rel === 'self') this.checkEnrollee(f, line, id, householdId);
    else this.checkFamilyMember(f, line, id, householdId, rel);
    this.checkPersonRules(f, line, rel);
  }

  /** Ends the last household; call after the last row. */
  finish(): void {
    this.closeHousehold();
  }

  private add(line: number, field: string, message: string): void {
    this.errors.add(line, field, message);
  }

  private checkFormats(f: string[], line: number): void {
    if (!ID.test(f[C.person_id]!))
      this.add(line, 'person_id', 'must be a positive whole number (at most 15 digits)');
    if (!ID.test(f[C.household_id]!))
      this.add(line, 'household_id', 'must be a positive whole number (at most 15 digits)');
    if (!RELATIONSHIPS.has(f[C.relationship]!))
      this.add(line, 'relationship', 'must be one of self, spouse, child');
    if (!CATEGORIES.has(f[C.category]!))
      this.add(line, 'category', `must be one of ${personCategory.options.join(', ')}`);
    for (const [column, index] of TEXT_INDEXES) {
      const problem = rosterText(f[index]!);
      if (problem) this.add(line, column, problem);
    }
    const exception = optionalRosterText(f[C.deceased_annuitant_exception]!);
    if (exception) this.add(line, 'deceased_annuitant_exception', exception);
    if (!isDate(f[C.birth_date]!)) this.add(line, 'birth_date', 'must be a real date in YYYY-MM-DD form');
    const sex = f[C.sex];
    if (sex !== 'F' && sex !== 'M' && sex !== 'X') this.add(line, 'sex', 'must be F, M or X');
    if (!SSN.test(f[C.ssn]!)) this.add(line, 'ssn', 'must be nine digits as NNN-NN-NNNN');
    for (const [column, index] of BOOLEAN_INDEXES) {
      const v = f[index];
      if (v !== 'true' && v !== 'false') this.add(line, column, 'must be true or false');
    }
    for (const [column, index] of OPTIONAL_DATE_INDEXES) {
      const v = f[index]!;
      if (v !== '' && !isDate(v)) this.add(line, column, 'must be a real date in YYYY-MM-DD form');
    }
    if (!TWO_LETTERS.test(f[C.residence_country]!))
      this.add(line, 'residence_country', 'must be a two-letter country code such as US');
    const state = f[C.residence_state]!;
    if (state !== '' && !TWO_LETTERS.test(state))
      this.add(line, 'residence_state', 'must be a two-letter code');
    this.checkMedicare(f, line);
  }

  private checkMedicare(f: string[], line: number): void {
    const aStart = f[C.medicare_part_a_start]!;
    const basis = f[C.medicare_part_a_basis]!;
    if (basis !== '' && !PART_A_BASES.has(basis))
      this.add(line, 'medicare_part_a_basis', `must be one of ${partABasis.options.join(', ')}`);
    if ((aStart === '') !== (basis === ''))
      this.add(line, 'medicare_part_a_basis', 'is given exactly when medicare_part_a_start is');
    const bStart = f[C.medicare_part_b_start]!;
    const bEnd = f[C.medicare_part_b_end]!;
    if (bEnd !== '' && (bStart === '' || bEnd <= bStart))
      this.add(line, 'medicare_part_b_end', 'needs a medicare_part_b_start before it');
    const mbi = f[C.medicare_number] ?? '';
    if (mbi !== '') {
      const problem = mbiProblem(mbi);
      if (problem) this.add(line, 'medicare_number', problem);
      else if (aStart === '' && bStart === '')
        this.add(
          line,
          'medicare_number',
          'is only given for a person with Medicare (medicare_part_a_start or medicare_part_b_start)',
        );
    }
  }

  private checkEnrollee(f: string[], line: number, id: number, householdId: number): void {
    if (id !== householdId)
      this.add(line, 'household_id', "an enrollee's household_id is their own person_id");
    if (!ENROLLEE_CATEGORIES.has(f[C.category]!))
      this.add(
        line,
        'category',
        'an enrollee is an employee, compensationer, annuitant, survivor annuitant or former spouse',
      );
    this.closeHousehold();
    this.households++;
    this.household = { id: householdId, members: new Set(), spouses: 0, covered: null };
    this.checkFehb(f, line);
    this.checkElection(f, line);
  }

  private checkFamilyMember(f: string[], line: number, id: number, householdId: number, rel: string): void {
    if (f[C.category] !== 'family_member') this.add(line, 'category', 'a spouse or child is a family_member');
    if (id === householdId)
      this.add(line, 'relationship', 'the row whose person_id is the household_id is the enrollee (self)');
    const household = this.household;
    if (!household || household.id !== householdId) {
      this.add(
        line,
        'household_id',
        `household ${householdId} has no enrollee row just before its family members`,
      );
      return;
    }
    household.members.add(id);
    if (rel === 'spouse' && ++household.spouses === 2)
      this.add(line, 'relationship', 'a household has one spouse at most');
    for (const [column, index] of ENROLLEE_ONLY_INDEXES)
      if (f[index] !== '') this.add(line, column, "is only given on the enrollee's row");
  }

  private checkPersonRules(f: string[], line: number, rel: string): void {
    const category = f[C.category]!;
    if (f[C.incapable_of_self_support] === 'true' && rel !== 'child')
      this.add(line, 'incapable_of_self_support', 'applies to children only (890.302)');
    if (f[C.compensationer_unable_to_return] === 'true' && category !== 'compensationer')
      this.add(line, 'compensationer_unable_to_return', 'applies to compensationers only (890.1603(b))');
    const since = f[C.annuitant_since];
    if (ANNUITANT_CATEGORIES.has(category) && since === '')
      this.add(line, 'annuitant_since', 'is required for an annuitant or survivor annuitant');
    if (!ANNUITANT_CATEGORIES.has(category) && since !== '' && CATEGORIES.has(category))
      this.add(line, 'annuitant_since', 'is only given for an annuitant or survivor annuitant');
    if (f[C.deceased_annuitant_exception] !== '' && category !== 'survivor_annuitant')
      this.add(line, 'deceased_annuitant_exception', 'applies to survivor annuitants only (890.1604(d)(3))');
  }

  private checkFehb(f: string[], line: number): void {
    const code = f[C.fehb_enrollment_code]!;
    const covered = f[C.fehb_covered_person_id]!;
    const decoded = code === '' ? undefined : this.fehbCodes.get(code);
    if (code !== '' && !decoded)
      this.add(line, 'fehb_enrollment_code', `${code} is not an FEHB enrollment code of the catalogue`);
    if (covered === '') return;
    if (!ID.test(covered)) this.add(line, 'fehb_covered_person_id', 'must be a positive whole number');
    else if (code === '') this.add(line, 'fehb_covered_person_id', 'needs an fehb_enrollment_code');
    else if (decoded && decoded.enrollmentType !== 'self_plus_one')
      this.add(
        line,
        'fehb_covered_person_id',
        'is only given for a Self Plus One enrollment (890.1605(d)(1))',
      );
    else if (this.household) this.household.covered = { id: Number(covered), line };
  }

  private checkElection(f: string[], line: number): void {
    const kind = f[C.election_kind]!;
    const code = f[C.election_enrollment_code]!;
    const madeOn = f[C.election_made_on]!;
    if (kind !== '' && kind !== 'enroll' && kind !== 'decline')
      this.add(line, 'election_kind', 'must be enroll, decline or empty');
    if (kind === 'enroll' && !this.pshbCodes.has(code))
      this.add(
        line,
        'election_enrollment_code',
        `${code || '(empty)'} is not a PSHB enrollment code of the catalogue`,
      );
    if (kind !== 'enroll' && code !== '')
      this.add(line, 'election_enrollment_code', 'is only given with election_kind enroll');
    if (kind === '' && madeOn !== '')
      this.add(line, 'election_made_on', 'is only given with an election_kind');
    if (kind !== '' && !isDate(madeOn))
      this.add(line, 'election_made_on', 'must be a real date in YYYY-MM-DD form');
  }

  private closeHousehold(): void {
    const covered = this.household?.covered;
    if (covered && !this.household!.members.has(covered.id))
      this.add(
        covered.line,
        'fehb_covered_person_id',
        `person ${covered.id} is not a family member of this household`,
      );
    this.household = null;
  }
}
