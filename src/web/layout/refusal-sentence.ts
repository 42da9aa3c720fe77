// Why the rules refused, in the reader's language: the problem's reason key picks a sentence of the
// notices namespace (`refusals`), and each fact is written for people: a day as a date, a status or a
// value (an event, a change, an enrollment type) by its word, anything else as sent. A key with no
// sentence gives null, and the screen falls back to the problem's own words.
import type { ProblemReason } from '../api/api-problem.ts';
import type { Formatters } from '../i18n/format.ts';

/** i18next's t for the notices namespace, with the options this module uses. */
export type NoticesT = (
  key: string,
  options?: Record<string, string | number | undefined> & { defaultValue?: string },
) => string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Facts that hold an enrollment status (the notices namespace's `status` words). */
const STATUS_FACTS = new Set(['from', 'to']);

function factWord(name: string, value: string | number | boolean | null, t: NoticesT, format: Formatters) {
  if (value === null) return t('facts.none');
  if (typeof value === 'boolean') return value ? t('facts.yes') : t('facts.no');
  if (typeof value === 'number') return format.number(value);
  if (ISO_DAY.test(value)) return format.date(value);
  if (STATUS_FACTS.has(name)) return t(`status.${value}`, { defaultValue: value });
  return t(`values.${value}`, { defaultValue: value });
}

/** The sentence for a refusal's reason, or null when no sentence names its key. */
export function refusalSentence(
  reason: ProblemReason | null,
  t: NoticesT,
  format: Formatters,
): string | null {
  if (!reason) return null;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(reason.facts)) values[name] = factWord(name, value, t, format);
  // A window with no end (a move, a death) is missed only by asking too early.
  const context = 'windowCloses' in reason.facts && reason.facts.windowCloses === null ? 'noEnd' : undefined;
  const sentence = t(`refusals.${reason.key}`, { ...values, context, defaultValue: '' });
  return sentence === '' ? null : sentence;
}
