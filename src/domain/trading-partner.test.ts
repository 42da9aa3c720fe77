// The trading partner file's schema: X12 envelope rules (ISA05-ISA08, ISA14, ISA15, GS02/GS03,
// delimiters), endpoints that reference keys but never hold them, schedules every month can keep,
// and each missing or wrong field named by its path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonPath } from '../errors.ts';
import { tradingPartner, type TradingPartnerInput } from './trading-partner.ts';
import { DEFAULT_SEPARATORS } from './trading-partner-x12.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the file's JSON freely
type Json = any;

function carrier(): Json {
  return {
    kind: 'carrier',
    id: 'fep',
    name: 'Blue Cross and Blue Shield Service Benefit Plan',
    version: '1',
    source: 'test',
    sourceNote: 'UNCONFIRMED: test data',
    effectiveFrom: '2025-01-01',
    carrierCode: 'FEP',
    planCodes: ['33', '35'],
    x12: {
      interchangeSender: { qualifier: 'ZZ', id: 'PSHBEXCH' },
      interchangeReceiver: { qualifier: '30', id: '990000001' },
      applicationSender: 'PSHBEXCH',
      applicationReceiver: 'FEP',
      usageIndicator: 'T',
      interchangeAcknowledgmentRequested: true,
    },
    endpoint: {
      kind: 'sftp',
      host: 'sftp.fep.example',
      port: 22,
      username: 'pshb-exchange',
      remoteOutbox: '/inbound/834',
      remoteInbox: '/outbound/999',
      keyRef: 'file:fep_ed25519',
    },
    schedule: {
      timeZone: 'America/New_York',
      changes: { frequency: 'daily', at: '01:00' },
      audit: { frequency: 'monthly', dayOfMonth: 1, at: '04:00' },
    },
    acknowledgment: { withinHours: 48 },
    reconciliation: { frequency: 'quarterly' },
    contacts: [{ role: 'edi', name: 'EDI desk', email: 'edi@fep.partners.example' }],
  } satisfies TradingPartnerInput;
}

function agency(): Json {
  return {
    kind: 'agency',
    id: 'cms',
    name: 'Centers for Medicare & Medicaid Services',
    version: '1',
    source: 'test',
    sourceNote: 'UNCONFIRMED: test data',
    effectiveFrom: '2025-01-01',
    agencyCode: 'CMS',
    agreement: { name: 'Test agreement', citation: '5 CFR 890.1612', signedOn: '2024-10-01' },
    dataElements: {
      request: [{ name: 'ssn', description: 'Social Security number' }],
      response: [{ name: 'partBStart', description: 'Start of Part B' }],
    },
    schedule: {
      timeZone: 'America/New_York',
      requests: { frequency: 'weekly', weekday: 'mon', at: '05:00' },
    },
    permittedUses: ['Deciding the Part B requirement of 5 CFR 890.1604'],
    endpoint: { kind: 'outbox' },
    contacts: [{ role: 'agreement', name: 'Agreements office', email: 'agreements@cms.agencies.example' }],
  } satisfies TradingPartnerInput;
}

/** The fields the schema names for the file after `change`; empty when it is accepted. */
function fieldsOf(file: Json, change: (file: Json) => void = () => {}): string[] {
  change(file);
  const parsed = tradingPartner.safeParse(file);
  return parsed.success ? [] : parsed.error.issues.map((issue) => formatJsonPath(issue.path));
}

describe('a trading partner file', () => {
  it('accepts a carrier and an agency, and gives the carrier the default X12 delimiters', () => {
    expect(fieldsOf(carrier())).toEqual([]);
    expect(fieldsOf(agency())).toEqual([]);
    const parsed = tradingPartner.parse(carrier());
    expect(parsed.kind === 'carrier' && parsed.x12.separators).toEqual(DEFAULT_SEPARATORS);
  });

  it('refuses a kind that is neither carrier nor agency, naming kind', () => {
    expect(fieldsOf(carrier(), (f) => (f.kind = 'broker'))).toEqual(['kind']);
  });

  it('refuses a field it does not know (a misspelling is not silently ignored)', () => {
    const parsed = tradingPartner.safeParse({ ...carrier(), planCode: ['33'] });
    expect(parsed.success).toBe(false);
  });

  it('needs a sourceNote and a real effectiveFrom date, as all reference data', () => {
    expect(fieldsOf(carrier(), (f) => (f.sourceNote = ' '))).toEqual(['sourceNote']);
    expect(fieldsOf(carrier(), (f) => (f.effectiveFrom = '2025-02-30'))).toEqual(['effectiveFrom']);
  });

  it('refuses a plan code listed twice', () => {
    expect(fieldsOf(carrier(), (f) => f.planCodes.push('33'))).toEqual(['planCodes[2]']);
  });
});

describe('X12 identifiers (005010 ISA and GS)', () => {
  it('ISA05/ISA07: only the qualifiers the HIPAA implementation guides allow', () => {
    expect(fieldsOf(carrier(), (f) => (f.x12.interchangeSender.qualifier = '12'))).toEqual([
      'x12.interchangeSender.qualifier',
    ]);
    for (const qualifier of ['01', '14', '20', '27', '28', '29', '30', '33', 'ZZ'])
      expect(fieldsOf(carrier(), (f) => (f.x12.interchangeReceiver.qualifier = qualifier))).toEqual([]);
  });

  it('ISA06/ISA08: 1 to 15 characters, unpadded', () => {
    expect(fieldsOf(carrier(), (f) => (f.x12.interchangeReceiver.id = 'A'.repeat(16)))).toEqual([
      'x12.interchangeReceiver.id',
    ]);
    expect(fieldsOf(carrier(), (f) => (f.x12.interchangeReceiver.id = 'FEP  '))).toEqual([
      'x12.interchangeReceiver.id',
    ]);
    expect(fieldsOf(carrier(), (f) => (f.x12.interchangeReceiver.id = 'A'.repeat(15)))).toEqual([]);
  });

  it('GS02/GS03: 2 to 15 characters', () => {
    expect(fieldsOf(carrier(), (f) => (f.x12.applicationReceiver = 'F'))).toEqual([
      'x12.applicationReceiver',
    ]);
  });

  it('ISA15: P or T only', () => {
    expect(fieldsOf(carrier(), (f) => (f.x12.usageIndicator = 'I'))).toEqual(['x12.usageIndicator']);
  });

  it('the receiver cannot be the sender', () => {
    expect(fieldsOf(carrier(), (f) => (f.x12.interchangeReceiver = { ...f.x12.interchangeSender }))).toEqual([
      'x12.interchangeReceiver.id',
    ]);
  });

  it('delimiters: one character each, not a letter, digit or space, all different', () => {
    const separators = { ...DEFAULT_SEPARATORS, component: '*' };
    expect(fieldsOf(carrier(), (f) => (f.x12.separators = separators))).toEqual(['x12.separators.component']);
    expect(fieldsOf(carrier(), (f) => (f.x12.separators = { ...DEFAULT_SEPARATORS, segment: 'A' }))).toEqual([
      'x12.separators.segment',
    ]);
    expect(fieldsOf(carrier(), (f) => (f.x12.separators = { ...DEFAULT_SEPARATORS, element: '**' }))).toEqual(
      ['x12.separators.element'],
    );
  });

  it('any four different punctuation characters are a valid set of delimiters; a repeated one is not', () => {
    const punctuation = fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(punctuation, { minLength: 4, maxLength: 4 }),
        fc.nat(3),
        fc.nat(3),
        (chars, i, j) => {
          const [element, component, repetition, segment] = chars as [string, string, string, string];
          const separators = { element, component, repetition, segment };
          expect(fieldsOf(carrier(), (f) => (f.x12.separators = separators))).toEqual([]);
          if (i === j) return;
          const names = ['element', 'component', 'repetition', 'segment'] as const;
          const repeated = { ...separators, [names[j]!]: chars[i] };
          const later = names[Math.max(i, j)]!;
          expect(fieldsOf(carrier(), (f) => (f.x12.separators = repeated))).toContain(
            `x12.separators.${later}`,
          );
        },
      ),
    );
  });
});

describe('delivery endpoint', () => {
  it('an SFTP endpoint names its key, never holds it', () => {
    const pem =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
    expect(fieldsOf(carrier(), (f) => (f.endpoint.keyRef = pem))).toEqual(['endpoint.keyRef']);
    expect(fieldsOf(carrier(), (f) => (f.endpoint.keyRef = 'file:../../etc/shadow'))).toEqual([
      'endpoint.keyRef',
    ]);
    expect(fieldsOf(carrier(), (f) => (f.endpoint.keyRef = 'secret:fep-sftp-key'))).toEqual([]);
    expect(fieldsOf(carrier(), (f) => (f.endpoint.keyRef = 'file:partners/../../x'))).toEqual([
      'endpoint.keyRef',
    ]);
  });

  it('no text with white space in it is a key reference', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(' ', '\n', '\t'), fc.string(), (before, space, after) => {
        const ref = `file:${before}${space}${after}`;
        expect(fieldsOf(carrier(), (f) => (f.endpoint.keyRef = ref))).toEqual(['endpoint.keyRef']);
      }),
    );
  });

  it('refuses a port out of range, a relative folder and a malformed host key', () => {
    expect(
      fieldsOf(carrier(), (f) => {
        f.endpoint.port = 70_000;
        f.endpoint.remoteInbox = 'outbound';
        f.endpoint.hostKey = 'MD5:aa:bb';
      }).sort(),
    ).toEqual(['endpoint.hostKey', 'endpoint.port', 'endpoint.remoteInbox']);
  });

  it('an outbox endpoint has nothing else', () => {
    expect(fieldsOf(carrier(), (f) => (f.endpoint = { kind: 'outbox' }))).toEqual([]);
    expect(fieldsOf(carrier(), (f) => (f.endpoint = { kind: 'outbox', host: 'x' }))).toEqual(['endpoint']);
  });
});

describe('schedule, acknowledgment and reconciliation', () => {
  it('a monthly file is on a day every month has (1 to 28)', () => {
    expect(fieldsOf(carrier(), (f) => (f.schedule.audit.dayOfMonth = 31))).toEqual([
      'schedule.audit.dayOfMonth',
    ]);
  });

  it('times are HH:MM in a time zone the runtime knows', () => {
    expect(
      fieldsOf(carrier(), (f) => {
        f.schedule.changes.at = '24:00';
        f.schedule.timeZone = 'Eastern';
      }).sort(),
    ).toEqual(['schedule.changes.at', 'schedule.timeZone']);
  });

  it('48 CFR 1609.7101-1(a)(5): the carrier reconciles quarterly', () => {
    expect(fieldsOf(carrier(), (f) => (f.reconciliation.frequency = 'yearly'))).toEqual([
      'reconciliation.frequency',
    ]);
  });

  it('the 999 deadline is a whole number of hours', () => {
    expect(fieldsOf(carrier(), (f) => (f.acknowledgment.withinHours = 0))).toEqual([
      'acknowledgment.withinHours',
    ]);
  });
});

describe('an agency partner (5 CFR 890.1612)', () => {
  it('is CMS or SSA, with data elements named once each', () => {
    expect(fieldsOf(agency(), (f) => (f.agencyCode = 'IRS'))).toEqual(['agencyCode']);
    expect(
      fieldsOf(agency(), (f) => f.dataElements.request.push({ name: 'ssn', description: 'again' })),
    ).toEqual(['dataElements.request[1]']);
  });

  it('an agreement expires after it is signed', () => {
    expect(fieldsOf(agency(), (f) => (f.agreement.expiresOn = '2024-09-30'))).toEqual([
      'agreement.expiresOn',
    ]);
    expect(fieldsOf(agency(), (f) => (f.agreement.expiresOn = '2026-03-31'))).toEqual([]);
  });

  it('needs the agreement, its citation and at least one permitted use', () => {
    expect(
      fieldsOf(agency(), (f) => {
        delete f.agreement.citation;
        f.permittedUses = [];
      }).sort(),
    ).toEqual(['agreement.citation', 'permittedUses']);
  });
});

// Optional or defaulted fields: deleting them leaves a valid file.
const OPTIONAL = new Set(['x12.separators', 'endpoint.hostKey', 'agreement.signedOn', 'agreement.expiresOn']);

/** Every object key of the file as a path, nested ones included. */
function keyPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    const path = [...prefix, key];
    return [...(Array.isArray(value) ? [] : [path]), ...keyPaths(child, path)];
  });
}

function deleteAt(file: Json, path: readonly (string | number)[]): void {
  let parent = file;
  for (const key of path.slice(0, -1)) parent = parent[key];
  delete parent[path.at(-1)!];
}

describe('a missing field is named', () => {
  it('deleting any required field of a carrier or agency file gives an error naming that field', () => {
    const files = [carrier(), agency()];
    const cases = files.flatMap((file, which) =>
      keyPaths(file)
        .filter((path) => !OPTIONAL.has(formatJsonPath(path)))
        .map((path) => ({ which, path })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...cases), ({ which, path }) => {
        const file = which === 0 ? carrier() : agency();
        deleteAt(file, path);
        const named = formatJsonPath(path);
        // Deleting a discriminator (kind, frequency) makes the enclosing object the problem.
        const discriminator = path.at(-1) === 'kind' || path.at(-1) === 'frequency';
        const parent = discriminator ? formatJsonPath(path.slice(0, -1)) : named;
        expect(fieldsOf(file).some((field) => field === named || field === parent)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
