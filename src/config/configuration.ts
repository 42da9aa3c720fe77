// The process's configuration: every environment variable PSHB Exchange reads, parsed and checked once
// at an entry point (the pshb command, a benchmark, a test's server) and passed down as one typed value.
// Nothing below the entry points reads process.env. docs/configuration.md lists every variable.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../domain/dates.ts';
import { programClock, type ProgramClock } from '../domain/program-clock.ts';
import { ConfigurationError } from './configuration-error.ts';

const unset = (text: string | undefined) => text === undefined || text.trim() === '';

/** A whole number from `least` to `most`, or the default when the variable is unset or empty. */
function wholeNumber(fallback: number, least: number, most = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .optional()
    .transform((text, context) => {
      if (unset(text)) return fallback;
      const value = Number(text);
      if (Number.isSafeInteger(value) && value >= least && value <= most) return value;
      context.addIssue({
        code: 'custom',
        message: `"${text}" is not a whole number from ${least} to ${most}`,
      });
      return z.NEVER;
    });
}

function optionalText() {
  return z
    .string()
    .optional()
    .transform((text) => (unset(text) ? null : text!.trim()));
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z
    .string()
    .optional()
    .transform((text, context) => {
      if (unset(text)) return fallback;
      const value = text!.trim();
      if ((values as readonly string[]).includes(value)) return value as T[number];
      context.addIssue({ code: 'custom', message: `"${text}" is not one of ${values.join(', ')}` });
      return z.NEVER;
    });
}

const programDate = z
  .string()
  .optional()
  .transform((text, context): IsoDate | null => {
    if (unset(text)) return null;
    if (isIsoDate(text!.trim())) return text!.trim() as IsoDate;
    context.addIssue({ code: 'custom', message: `"${text}" is not a real date in YYYY-MM-DD form` });
    return z.NEVER;
  });

const url = z
  .string()
  .optional()
  .transform((text, context) => {
    if (unset(text)) return null;
    if (URL.canParse(text!.trim())) return text!.trim();
    context.addIssue({ code: 'custom', message: 'is not a URL' });
    return z.NEVER;
  });

const sessionSecret = optionalText().refine((text) => text === null || text.length >= 32, {
  message: 'must be at least 32 characters',
});

/** Every variable, by its name: the schema is the list docs/configuration.md documents. */
export const ENVIRONMENT = z.object({
  DATABASE_URL: url,
  PSHB_APP_DATABASE_URL: url,
  PSHB_APP_ROLE: z
    .string()
    .optional()
    .transform((text) => (unset(text) ? 'pshb_app' : text!.trim()))
    .refine((name) => /^[a-z_][a-z0-9_]{0,62}$/.test(name), {
      message: 'must be a lower-case PostgreSQL role name (letters, digits, underscores)',
    }),
  PSHB_DATABASE_POOLER: oneOf(['none', 'transaction'], 'none'),
  DATA_DIR: z
    .string()
    .optional()
    .transform((text) => (unset(text) ? 'data' : text!)),
  PORT: wholeNumber(3000, 0, 65535),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  NODE_ENV: optionalText(),
  PSHB_PROGRAM_DATE: programDate,
  PSHB_WEB_ROOT: optionalText(),
  PSHB_TRUST_PROXY: optionalText(),
  PSHB_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(10, 1),
  PSHB_RATE_LIMIT_SIGN_IN_PER_ADDRESS: wholeNumber(50, 0),
  PSHB_RATE_LIMIT_API_PER_SESSION: wholeNumber(200, 0),
  PSHB_RATE_LIMIT_API_PER_ADDRESS: wholeNumber(2000, 0),
  PSHB_PURGE_INTERVAL_SECONDS: wholeNumber(900, 0, 7 * 24 * 3600),
  PSHB_EXCHANGE_JOBS: oneOf(['on', 'off'], 'on'),
  PSHB_SECRETS_DIR: optionalText(),
  PSHB_IDEMPOTENCY_RETENTION_HOURS: wholeNumber(24, 1, 24 * 366),
  PSHB_SUPPORT_PLAN: optionalText(),
  PSHB_CALLER_IDENTIFICATION_HOURS: wholeNumber(12, 1),
  PSHB_CASE_OPENINGS_PER_HOUR: wholeNumber(30, 1),
  PSHB_SIMULATION_QUEUE: wholeNumber(4, 0),
  PSHB_OIDC_ISSUER: url,
  PSHB_OIDC_CLIENT_ID: optionalText(),
  PSHB_OIDC_REDIRECT_URI: url,
  PSHB_OIDC_ACR_VALUES: optionalText(),
  PSHB_OIDC_POST_LOGOUT_REDIRECT_URI: url,
  PSHB_OIDC_PRIVATE_JWK: optionalText(),
  PSHB_SESSION_SECRET: sessionSecret,
  PSHB_DATA_KEY: optionalText(),
  PSHB_SERVE_WORKER_HAND_OFF: optionalText(),
  PSHB_DATA_KEY_PREVIOUS: z
    .string()
    .optional()
    .transform((text) =>
      unset(text)
        ? []
        : text!
            .split(',')
            .map((key) => key.trim())
            .filter(Boolean),
    ),
});

export type Environment = z.output<typeof ENVIRONMENT>;
export const VARIABLE_NAMES = Object.keys(ENVIRONMENT.shape) as (keyof Environment)[];

/**
 * Reads the variables from `env` (process.env at an entry point). A bad value throws one
 * ConfigurationError naming every variable that is wrong and why; nothing is half-applied.
 */
export function readEnvironment(env: Readonly<Record<string, string | undefined>>): Environment {
  const result = ENVIRONMENT.safeParse(pick(env));
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => ({ variable: String(issue.path[0]), message: issue.message })),
  );
}

function pick(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(VARIABLE_NAMES.map((name) => [name, env[name]]));
}

/** The program's clock: PSHB_PROGRAM_DATE when set, else the real UTC day. */
export function programClockOf(environment: Pick<Environment, 'PSHB_PROGRAM_DATE'>): ProgramClock {
  return programClock(environment.PSHB_PROGRAM_DATE, () => new Date());
}
