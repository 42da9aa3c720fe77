import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { validateCallback } from './callbacks.ts';

const now = new Date('2026-03-02T15:00:00Z');
const valid = {
  dueAt: '2026-03-02T11:30:00-05:00',
  timeZone: 'America/New_York',
  note: 'Call about the premium',
};

function fieldsOf(request: typeof valid): string[] {
  try {
    validateCallback(request, now);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(PshbError);
    return (error as PshbError).details.map((d) => d.field ?? '');
  }
}

describe('validateCallback', () => {
  it('keeps the instant, the time zone and the trimmed note', () => {
    const callback = validateCallback({ ...valid, note: '  Call about the premium ' }, now);
    expect(callback.dueAt.toISOString()).toBe('2026-03-02T16:30:00.000Z');
    expect(callback.timeZone).toBe('America/New_York');
    expect(callback.note).toBe('Call about the premium');
  });

  it('refuses a time in the past or now, naming dueAt', () => {
    expect(fieldsOf({ ...valid, dueAt: '2026-03-02T09:59:00-05:00' })).toEqual(['dueAt']);
    expect(fieldsOf({ ...valid, dueAt: '2026-03-02T15:00:00Z' })).toEqual(['dueAt']);
  });

  it('refuses a time without its offset or not a time', () => {
    expect(fieldsOf({ ...valid, dueAt: '2026-03-02T11:30' })).toEqual(['dueAt']);
    expect(fieldsOf({ ...valid, dueAt: 'tomorrow' })).toEqual(['dueAt']);
  });

  it('refuses an unknown time zone', () => {
    expect(fieldsOf({ ...valid, timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
  });

  it('refuses an empty note and one over 500 characters, and names every field at once', () => {
    expect(fieldsOf({ ...valid, note: '   ' })).toEqual(['note']);
    expect(fieldsOf({ ...valid, note: 'x'.repeat(500) })).toEqual([]);
    expect(fieldsOf({ ...valid, note: 'x'.repeat(501) })).toEqual(['note']);
    expect(fieldsOf({ dueAt: 'x', timeZone: '', note: '' })).toEqual(['dueAt', 'timeZone', 'note']);
  });
});
