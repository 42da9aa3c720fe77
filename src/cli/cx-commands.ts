// pshb cx: customer-experience measurement under OMB Circular A-11, Section 280
// (docs/customer-experience.md): the survey instruments as data (list, show, validate), invitations
// after transactions (invite), a response to an invitation (respond, for tests and demos) and the
// import of responses from the partners' own channels (import).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Environment } from '../config/configuration.ts';
import { isIsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';
import { createInvitations, type InvitationRun } from '../exchange/cx/create-invitations.ts';
import {
  cxDataFiles,
  loadCxCatalogue,
  validateCxFile,
  type CxCatalogue,
} from '../exchange/cx/cx-catalogue.ts';
import { cxKeysOf, type CxKeys } from '../exchange/cx/cx-keys.ts';
import { cxInvitationJob } from '../exchange/cx/invitation-job.ts';
import { invitationLink } from '../exchange/cx/invitation-link.ts';
import { registerCxMaturityCommands } from './cx-maturity-commands.ts';
import { importChannelResponses } from '../exchange/cx/import-channel-responses.ts';
import { respondToInvitation } from '../exchange/cx/respond-to-invitation.ts';
import type { ContactRequest } from '../exchange/cx/service-recovery.ts';
import type { SurveyAnswers } from '../rules/cx/answer-validation.ts';
import { surveyCollecting } from '../rules/cx/survey-collecting.ts';
import {
  DRIVERS,
  LEGACY_QUESTIONS,
  type Language,
  type SurveyInstrument,
} from '../rules/cx/survey-instrument.ts';
import { loadFieldKeyring } from '../security/field-encryption.ts';
import type { JobDefinition } from '../storage/jobs/job-runner.ts';
import type { Store } from '../storage/store.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { environmentOf, programClockFor, withStore } from './cli-context.ts';
import { registerCxReportCommands } from './cx-report-commands.ts';
import { dataDirOf } from './data-commands.ts';
import { formatTable, printJson } from './output.ts';

/** The survey invitations as a background job, beside the exchange's schedule (pshb serve). */
export function cxInvitationJobFor(store: Store, dataDir: string, environment?: Environment): JobDefinition {
  const keys = cxKeysOf(loadFieldKeyring({ env: environment ?? {}, dataDir }));
  return cxInvitationJob(store, { catalogue: loadCxCatalogue(), keys });
}

function keysFor(command: Command): CxKeys {
  return cxKeysOf(loadFieldKeyring({ env: environmentOf(command), dataDir: dataDirOf(command) }));
}

export function registerCxCommands(program: Command): void {
  const cx = program
    .command('cx')
    .description('customer experience (A-11 Section 280): surveys, invitations, responses, channel imports');
  registerSurveyCommands(cx);
  registerCxReportCommands(cx);
  registerCxMaturityCommands(cx);
  cx.command('invite')
    .description(
      'invite customers to a survey after the transactions recorded since the last run (the job does it too)',
    )
    .option(
      '--since <date>',
      'scan from this day when it is later than where the last run stopped (YYYY-MM-DD)',
    )
    .option('--lag-seconds <n>', 'leave transactions younger than this to the next run', '60')
    .option('--show-tokens', 'print each new invitation with its token (for tests and demos)')
    .option('--json', 'print as JSON')
    .action(
      async (
        options: { since?: string; lagSeconds: string; showTokens?: boolean; json?: boolean },
        command: Command,
      ) => {
        if (options.since !== undefined && !isIsoDate(options.since))
          throw new PshbError(
            'INVALID_INPUT',
            `--since: "${options.since}" is not a date in YYYY-MM-DD form`,
          );
        const lag = Number(options.lagSeconds);
        if (!Number.isInteger(lag) || lag < 0)
          throw new PshbError(
            'INVALID_INPUT',
            `--lag-seconds: "${options.lagSeconds}" is not a whole number`,
          );
        const keys = keysFor(command);
        const run = await withStore(command, (store) =>
          createInvitations(store, {
            catalogue: loadCxCatalogue(),
            keys,
            now: new Date(),
            lagMs: lag * 1000,
            ...(options.since ? { since: new Date(`${options.since}T00:00:00Z`) } : {}),
          }),
        );
        const tokens = options.showTokens
          ? run.sources.flatMap((s) =>
              s.made.map((m) => {
                const token = keys.tokenFor(s.source, m.reference);
                return { ...m, source: s.source, token, link: invitationLink(token, m.language) };
              }),
            )
          : [];
        if (options.json) printJson(options.showTokens ? { ...run, tokens } : run);
        else process.stdout.write(describeInvitations(run, tokens));
      },
    );
  registerRespondCommand(cx);
  cx.command('import')
    .description(
      "import responses from a partner's channel (IVR post-call survey, web chat) from CSV; all rows or none",
    )
    .argument('<file>', 'the CSV (columns in docs/customer-experience.md)')
    .option('--json', 'print as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new PshbError('INVALID_INPUT', `<file>: cannot read ${file}`);
      }
      const today = programClockFor(command).today();
      const result = await withStore(command, (store) =>
        importChannelResponses(store, loadCxCatalogue(), {
          bytes,
          fileName: basename(file),
          importedBy: 'pshb cx import',
          today,
        }),
      );
      if (options.json) printJson(result);
      else
        process.stdout.write(
          result.alreadyImported
            ? `${basename(file)} was imported before as batch ${result.batchId} (${result.jobId}, ${result.rows} responses): nothing changed.\n`
            : `Imported ${result.rows} responses as batch ${result.batchId} (${result.jobId}).\n`,
        );
    });
}

function registerSurveyCommands(cx: Command): void {
  const surveys = cx
    .command('surveys')
    .description('the survey instruments shipped in reference-data/cx/surveys');
  surveys
    .command('list')
    .description(
      'each survey version with its OMB control number, expiration date and whether it collects today',
    )
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }, command: Command) => {
      const today = programClockFor(command).today();
      const rows = loadCxCatalogue().surveys.map((s) => ({
        id: s.id,
        version: s.version,
        kind: s.kind,
        ombControlNumber: s.pra.ombControlNumber,
        expiresOn: s.pra.expiresOn,
        collecting: surveyCollecting(s, today).outcome === 'collecting',
        languages: ['en', 'es'],
      }));
      if (options.json) printJson({ today, surveys: rows });
      else
        process.stdout.write(
          formatTable(
            ['survey', 'version', 'kind', 'OMB control number', 'expires', `collecting on ${today}`],
            rows.map((r) => [
              r.id,
              r.version,
              r.kind,
              r.ombControlNumber,
              r.expiresOn,
              r.collecting ? 'yes' : 'no (expired)',
            ]),
          ),
        );
    });
  surveys
    .command('show')
    .description('a survey: its questions and its Paperwork Reduction Act block, in one language')
    .argument('<id>', 'the survey id (pshb cx surveys list)')
    .option('--language <code>', 'en or es', 'en')
    .option('--json', 'print as JSON')
    .action((id: string, options: { language: string; json?: boolean }) => {
      if (options.language !== 'en' && options.language !== 'es')
        throw new PshbError('INVALID_INPUT', `--language: "${options.language}" must be en or es`);
      const survey = loadCxCatalogue().surveys.find((s) => s.id === id);
      if (!survey) throw new PshbError('NOT_FOUND', `no survey "${id}" (pshb cx surveys list shows them)`);
      if (options.json) printJson(survey);
      else process.stdout.write(describeSurvey(survey, options.language));
    });
  surveys
    .command('validate')
    .description(
      'check a CX data file (a survey, transaction-points.json or privacy.json), or every shipped one',
    )
    .argument('[file]', 'a file; every file of reference-data/cx when left out')
    .option('--json', 'print as JSON')
    .action((file: string | undefined, options: { json?: boolean }) => {
      const files = file === undefined ? cxDataFiles() : [file];
      const problems = files.flatMap((f) => validateCxFile(f));
      if (problems.length === 0 && file === undefined) {
        try {
          loadCxCatalogue();
        } catch (error) {
          if (error instanceof PshbError) problems.push(error.message);
          else throw error;
        }
      }
      if (options.json) printJson({ valid: problems.length === 0, checked: files, problems });
      if (problems.length > 0)
        throw new PshbError(
          'INVALID_FILE',
          `${problems.length} problem(s) in the customer-experience data, as file: field: message`,
          problems.map((message) => ({ message })),
        );
      if (!options.json) for (const f of files) process.stdout.write(`valid: ${f}\n`);
    });
}

function describeSurvey(survey: SurveyInstrument, language: Language): string {
  const q = survey.questions;
  const lines = [`${survey.title[language]} (${survey.id} ${survey.version}, ${survey.kind})`, ''];
  if (survey.kind === 'a11-v2') {
    lines.push(
      `1. ${survey.questions.trust[language]} [${survey.trustScale === 'thumbs' ? 'thumbs up / thumbs down' : '1-5'}]`,
    );
    const drivers = DRIVERS.map((d) => `   [ ] ${survey.questions.drivers[d][language]} (${d})`);
    lines.push(`2a. ${survey.questions.positive[language]} (after a positive answer)`, ...drivers);
    lines.push(`2b. ${survey.questions.negative[language]} (after a negative answer)`, ...drivers);
  } else {
    LEGACY_QUESTIONS.forEach((id, i) =>
      lines.push(`${i + 1}. ${survey.questions[id][language]} [1-5] (${id})`),
    );
  }
  lines.push(`${q.freeText[language]}`, `${q.contact[language]}`, '');
  lines.push(
    `OMB control number ${survey.pra.ombControlNumber}, expires ${survey.pra.expiresOn}`,
    survey.pra.burdenStatement[language],
    '',
  );
  return `${lines.join('\n')}\n`;
}

function describeInvitations(
  run: InvitationRun,
  tokens: readonly { reference: string; token: string; link: string }[],
): string {
  const table = formatTable(
    ['source', 'scanned', 'invited', 'not invited'],
    run.sources.map((s) => [
      s.source,
      s.scanned,
      s.invited,
      Object.entries(s.skipped)
        .map(([reason, n]) => `${reason.replaceAll('_', ' ')} ${n}`)
        .join(', '),
    ]),
  );
  const shown = tokens.map((t) => `${t.reference}  ${t.token}  ${t.link}\n`).join('');
  return `${table}${shown ? `\nInvitations, their tokens and links:\n${shown}` : ''}`;
}

interface RespondOptions {
  trust?: string;
  positive?: string;
  negative?: string;
  legacy?: string;
  text?: string;
  contactPhone?: string;
  contactEmail?: string;
  language?: string;
  json?: boolean;
}

function registerRespondCommand(cx: Command): void {
  cx.command('respond')
    .description('answer a survey invitation (for tests and demos; customers answer in the portal)')
    .argument(
      '<token>',
      "the invitation token (one that starts with '-' goes after '--': pshb cx respond --trust up -- -Ab3...)",
    )
    .option('--trust <answer>', 'A-11 v2 trust: up or down (thumbs), or 1-5')
    .option('--positive <drivers>', `what went well, comma-separated (${DRIVERS.join(', ')})`)
    .option('--negative <drivers>', "what didn't go so well, comma-separated")
    .option(
      '--legacy <answers>',
      `legacy statements, e.g. satisfaction=5,trust=4 (${LEGACY_QUESTIONS.join(', ')})`,
    )
    .option('--text <feedback>', 'free text (personal identifiers are masked before storage)')
    .option(
      '--contact-phone <number>',
      'ask to be contacted at this phone number (opens a case after a negative answer)',
    )
    .option('--contact-email <address>', 'ask to be contacted at this e-mail address')
    .option('--language <code>', 'en or es')
    .option('--json', 'print as JSON')
    .action(async (token: string, options: RespondOptions, command: Command) => {
      const contact = contactOf(options);
      const language = options.language;
      if (language !== undefined && language !== 'en' && language !== 'es')
        throw new PshbError('INVALID_INPUT', `--language: "${language}" must be en or es`);
      const catalogue: CxCatalogue = loadCxCatalogue();
      const result = await withStore(command, (store) =>
        respondToInvitation(store, catalogue, caseSupportPlan(), {
          token,
          answers: answersOf(options, contact !== undefined),
          ...(language ? { language } : {}),
          ...(contact ? { contact } : {}),
          today: programClockFor(command).today(),
          now: new Date(),
        }),
      );
      if (options.json) printJson(result);
      else
        process.stdout.write(
          `Recorded response ${result.responseId}` +
            (result.identifiersMasked > 0
              ? ` (${result.identifiersMasked} personal identifier(s) masked in the text)`
              : '') +
            (result.serviceRecoveryCaseId !== null
              ? `; service recovery case ${result.serviceRecoveryCaseId} opened`
              : '') +
            '.\n',
        );
    });
}

function contactOf(options: RespondOptions): ContactRequest | undefined {
  if (options.contactPhone !== undefined && options.contactEmail !== undefined)
    throw new PshbError('INVALID_INPUT', '--contact-phone, --contact-email: give one way to be contacted');
  if (options.contactPhone !== undefined) return { method: 'phone', value: options.contactPhone };
  if (options.contactEmail !== undefined) return { method: 'email', value: options.contactEmail };
  return undefined;
}

function answersOf(options: RespondOptions, contactRequested: boolean): SurveyAnswers {
  const list = (text: string | undefined) =>
    text === undefined || text === '' ? [] : text.split(',').map((s) => s.trim());
  const legacy: Record<string, number> = {};
  for (const pair of list(options.legacy)) {
    const [key, value] = pair.split('=');
    if (!key || value === undefined)
      throw new PshbError('INVALID_INPUT', `--legacy: "${pair}" is not statement=answer`);
    legacy[key] = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  }
  const trust = options.trust;
  return {
    ...(trust !== undefined ? { trust: /^\d+$/.test(trust) ? Number(trust) : trust } : {}),
    positive: list(options.positive),
    negative: list(options.negative),
    legacy,
    ...(options.text !== undefined ? { freeText: options.text } : {}),
    contactRequested,
  };
}
