// Every reason the rules can give for a refusal has a plain sentence in English and in Spanish, said
// with only the facts the reason carries, each written for people (dates, words), never as the rules keep it.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFUSAL_KEYS, REFUSAL_REASONS } from '../../rules/lifecycle/refusal-reasons.ts';
import { formattersFor } from '../i18n/format.ts';
import noticesEn from '../i18n/locales/en/notices.json';
import noticesEs from '../i18n/locales/es/notices.json';
import { placeholdersOf } from '../i18n/translation-tree.ts';
import { refusalSentence, type NoticesT } from './refusal-sentence.ts';

const SENTENCES = { en: noticesEn.refusals, es: noticesEs.refusals } as Record<
  string,
  Record<string, string>
>;
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { notices: noticesEn }, es: { notices: noticesEs } },
    lng: 'en',
    ns: ['notices'],
    defaultNS: 'notices',
    interpolation: { escapeValue: false },
  });
});

function say(language: 'en' | 'es', key: string, facts: Record<string, string | number | null>) {
  const t = i18n.getFixedT(language, 'notices') as unknown as NoticesT;
  return refusalSentence({ key, facts }, t, formattersFor(language, 'UTC'));
}

const WINDOW_MISSED = {
  event: 'marriage',
  eventDate: '2025-03-12',
  windowOpens: '2025-02-09',
  windowCloses: '2025-05-11',
  requestedOn: '2025-06-20',
};

describe('refusal sentences', () => {
  it.each(['en', 'es'])('every reason key the rules can give has a %s sentence', (language) => {
    const sentences = SENTENCES[language] ?? {};
    for (const key of REFUSAL_KEYS) expect(sentences[key], `${language} ${key}`).toBeTruthy();
    const known = new Set<string>(REFUSAL_KEYS);
    for (const key of Object.keys(sentences)) expect(known.has(key.replace(/_\w+$/, ''))).toBe(true);
  });

  it.each(['en', 'es'])('%s sentences use only the facts their key carries', (language) => {
    for (const [key, sentence] of Object.entries(SENTENCES[language] ?? {})) {
      const facts: readonly string[] =
        REFUSAL_REASONS[key.replace(/_\w+$/, '') as keyof typeof REFUSAL_REASONS];
      for (const name of placeholdersOf(sentence)) expect(facts, `${language} ${key}`).toContain(name);
    }
  });

  it('says a missed life event window with its dates and event, in English', () => {
    expect(say('en', 'lifeEventWindowMissed', WINDOW_MISSED)).toBe(
      'Your life event (Marriage, on March 12, 2025) lets you ask for a change from February 9, 2025 to May 11, 2025. You asked on June 20, 2025, outside that time.',
    );
  });

  it('says it in Spanish, with no English word, ISO date or rules value', () => {
    const sentence = say('es', 'lifeEventWindowMissed', WINDOW_MISSED) ?? '';
    expect(sentence).toContain('Matrimonio, el 12 de marzo de 2025');
    expect(sentence).toContain('del 9 de febrero de 2025 al 11 de mayo de 2025');
    expect(sentence).not.toMatch(/\d{4}-\d{2}-\d{2}|marriage|window|asked/);
  });

  it('a window with no end is missed by asking too early', () => {
    const early = { ...WINDOW_MISSED, event: 'move_out_of_service_area', windowCloses: null };
    expect(say('es', 'lifeEventWindowMissed', early)).toContain('a partir del 9 de febrero de 2025');
    expect(say('en', 'lifeEventWindowMissed', early)).toContain('before that day');
  });

  it('a status is said by its word', () => {
    expect(say('es', 'notFromThisState', { from: 'terminated', action: 'cancel' })).toBe(
      'No se puede hacer este cambio mientras su inscripción está terminada.',
    );
  });

  it('a key with no sentence gives null, so the screen falls back to the detail', () => {
    expect(say('en', 'somethingNew', {})).toBeNull();
  });
});
