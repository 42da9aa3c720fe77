// How files reach a trading partner and when: the delivery endpoint (an SFTP server with a reference
// to its key, or the partner's outbox folder), the run times of scheduled files, and the contacts.
import { z } from 'zod';

const hostname = z
  .string()
  .max(253)
  .regex(
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/,
    'a host name or IPv4 address',
  );

const remoteFolder = z
  .string()
  .regex(/^\/[^\0]*$/, 'an absolute folder on the server, starting with /')
  .refine((path) => !path.split('/').includes('..'), 'no ".." in the folder');

/**
 * Where the key the exchange signs in with is kept: `file:NAME` (a file under the exchange's key
 * folder) or `secret:NAME` (a secret the deployment provides). Never the key itself: a partner file
 * is reference data in the repository, and a key in it would be a key published.
 */
export const keyRef = z
  .string()
  .max(200)
  .regex(
    // No ".." segment: a file reference stays inside the exchange's key folder.
    /^(file|secret):(?!.*\/\.\.(?:\/|$))[A-Za-z0-9_][A-Za-z0-9_./-]*$/,
    'a reference to a key (file:NAME or secret:NAME, no ".."), never the key itself',
  );

/** The server's host key as OpenSSH prints it (`SHA256:` and 43 base64 characters). */
const hostKeyFingerprint = z
  .string()
  .regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'SHA256: followed by 43 base64 characters, as ssh-keygen -l prints');

export const sftpEndpoint = z.strictObject({
  kind: z.literal('sftp'),
  host: hostname,
  port: z.number().int().min(1).max(65_535),
  username: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/, 'a user name without spaces'),
  /** Folder on the partner's server the exchange puts its outbound files in. */
  remoteOutbox: remoteFolder,
  /** Folder on the partner's server the exchange collects the partner's files from. */
  remoteInbox: remoteFolder,
  keyRef,
  /** When given, the server must present this host key; otherwise the first one seen is kept. */
  hostKey: hostKeyFingerprint.optional(),
});

/** No server agreed yet: files wait in the partner's outbox folder under the exchange's data folder. */
export const outboxEndpoint = z.strictObject({ kind: z.literal('outbox') });

export const endpoint = z.discriminatedUnion('kind', [sftpEndpoint, outboxEndpoint], {
  error: 'kind: "sftp" or "outbox"',
});
export type Endpoint = z.infer<typeof endpoint>;

const timeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM (24-hour)');

// Days 29 to 31 are not in every month; a monthly file on them would skip February.
const dayOfMonth = z.number().int().min(1).max(28);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const dailyRun = z.strictObject({ frequency: z.literal('daily'), at: timeOfDay });
export const weeklyRun = z.strictObject({
  frequency: z.literal('weekly'),
  weekday: z.enum(WEEKDAYS),
  at: timeOfDay,
});
export const monthlyRun = z.strictObject({ frequency: z.literal('monthly'), dayOfMonth, at: timeOfDay });
export const run = z.discriminatedUnion('frequency', [dailyRun, weeklyRun, monthlyRun], {
  error: 'frequency: "daily", "weekly" or "monthly"',
});
export type Run = z.infer<typeof run>;

/** An IANA time zone the runtime knows, in which the run times are read. */
export const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as America/New_York');

export const CONTACT_ROLES = [
  'edi',
  'enrollment',
  'reconciliation',
  'security',
  'agreement',
  'operations',
] as const;

export const contact = z.strictObject({
  role: z.enum(CONTACT_ROLES),
  /** A function's name ("EDI support desk"), not a person's. */
  name: z.string().min(1),
  email: z.email('an email address'),
});
export type Contact = z.infer<typeof contact>;
