// What one partner file cannot tell about itself: whether its carrier and plan codes are the
// catalogue's, and whether two files claim the same carrier, plan or interchange ID. Every enrollment
// must reach exactly one carrier (its plan's), and an inbound 999 or TA1 is matched to its partner by
// the interchange ID, so either being ambiguous would send or match a file wrongly. Pure functions.
import type { Catalogue } from '../../domain/catalogue.ts';
import { partnerCode, type CarrierPartner, type TradingPartner } from '../../domain/trading-partner.ts';
import type { PartnerProblem } from './partner-problem.ts';

export interface PartnerEntry {
  readonly file: string;
  readonly partner: TradingPartner;
}

interface CarrierEntry {
  readonly file: string;
  readonly partner: CarrierPartner;
}

function carriers(entries: readonly PartnerEntry[]): CarrierEntry[] {
  return entries.filter((entry): entry is CarrierEntry => entry.partner.kind === 'carrier');
}

/** The carrier code, name and plan codes of one carrier file checked against the catalogue. */
export function catalogueProblems(entry: PartnerEntry, catalogue: Catalogue): PartnerProblem[] {
  const { file, partner } = entry;
  if (partner.kind !== 'carrier') return [];
  const options = catalogue.options.filter((option) => option.carrierCode === partner.carrierCode);
  if (options.length === 0)
    return [
      {
        file,
        field: 'carrierCode',
        message: `carrier ${partner.carrierCode} is not in catalogue ${catalogue.id} (its carriers: ${catalogueCarriers(catalogue).join(', ')})`,
      },
    ];
  const problems: PartnerProblem[] = [];
  const catalogueName = options[0]!.carrierName;
  if (partner.name !== catalogueName)
    problems.push({
      file,
      field: 'name',
      message: `"${partner.name}" is not the catalogue's name for ${partner.carrierCode}: "${catalogueName}"`,
    });
  partner.planCodes.forEach((planCode, index) => {
    const field = `planCodes[${index}]`;
    const owner = catalogue.options.find((option) => option.planCode === planCode);
    if (owner === undefined)
      problems.push({ file, field, message: `plan ${planCode} is not in catalogue ${catalogue.id}` });
    else if (!options.some((option) => option.planCode === planCode))
      problems.push({
        file,
        field,
        message: `plan ${planCode} is carried by ${owner.carrierCode} in catalogue ${catalogue.id}, not ${partner.carrierCode}`,
      });
  });
  return problems;
}

/**
 * Conflicts between files: the same carrier or agency twice, a plan in two carriers' files, two
 * carriers with one interchange ID. Each conflict is reported on every file in it.
 */
export function partnerSetProblems(entries: readonly PartnerEntry[]): PartnerProblem[] {
  return [
    ...conflicts(
      entries,
      (partner) => [{ key: partnerCode(partner), field: codeField(partner) }],
      'partner code',
    ),
    ...conflicts(
      carriers(entries),
      (partner) => partner.planCodes.map((plan, index) => ({ key: plan, field: `planCodes[${index}]` })),
      'plan',
    ),
    ...conflicts(
      carriers(entries),
      ({ x12: { interchangeReceiver: receiver } }) => [
        { key: `${receiver.qualifier}/${receiver.id}`, field: 'x12.interchangeReceiver.id' },
      ],
      'interchange ID (ISA07/ISA08)',
    ),
  ];
}

/** Every PSHB plan of the catalogue has a carrier file carrying it, or its enrollments go nowhere. */
export function coverageProblems(
  entries: readonly PartnerEntry[],
  catalogue: Catalogue,
  directory: string,
): PartnerProblem[] {
  const carried = new Set(carriers(entries).flatMap((entry) => entry.partner.planCodes));
  const problems: PartnerProblem[] = [];
  const reported = new Set<string>();
  for (const option of catalogue.options) {
    if (option.program !== 'PSHB' || carried.has(option.planCode) || reported.has(option.planCode)) continue;
    reported.add(option.planCode);
    const own = carriers(entries).find((entry) => entry.partner.carrierCode === option.carrierCode);
    problems.push(
      own
        ? {
            file: own.file,
            field: 'planCodes',
            message: `PSHB plan ${option.planCode} of catalogue ${catalogue.id} is missing: enrollments in it would reach no carrier`,
          }
        : {
            file: directory,
            field: '(root)',
            message: `no valid partner file for carrier ${option.carrierCode}, whose PSHB plan ${option.planCode} is in catalogue ${catalogue.id}`,
          },
    );
  }
  return problems;
}

/** All the checks of a directory of partner files against each other and the catalogue. */
export function crossCheckPartners(
  entries: readonly PartnerEntry[],
  catalogue: Catalogue,
  directory: string,
): PartnerProblem[] {
  return [
    ...entries.flatMap((entry) => catalogueProblems(entry, catalogue)),
    ...partnerSetProblems(entries),
    ...coverageProblems(entries, catalogue, directory),
  ];
}

function codeField(partner: TradingPartner): string {
  return partner.kind === 'carrier' ? 'carrierCode' : 'agencyCode';
}

function catalogueCarriers(catalogue: Catalogue): string[] {
  return [...new Set(catalogue.options.map((option) => option.carrierCode))];
}

interface Claim {
  readonly key: string;
  readonly field: string;
}

function conflicts<E extends PartnerEntry>(
  entries: readonly E[],
  claims: (partner: E['partner']) => readonly Claim[],
  what: string,
): PartnerProblem[] {
  const byKey = new Map<string, { file: string; field: string }[]>();
  for (const entry of entries)
    for (const claim of claims(entry.partner)) {
      const holders = byKey.get(claim.key) ?? [];
      holders.push({ file: entry.file, field: claim.field });
      byKey.set(claim.key, holders);
    }
  const problems: PartnerProblem[] = [];
  for (const [key, holders] of byKey) {
    if (holders.length < 2) continue;
    for (const holder of holders) {
      const others = holders.filter((other) => other.file !== holder.file).map((other) => other.file);
      problems.push({
        file: holder.file,
        field: holder.field,
        message: `${what} ${key} is also in ${others.length > 0 ? others.join(', ') : 'this file'}`,
      });
    }
  }
  return problems;
}
