// The day a change is received: the program date unless paper arrived earlier, never a day in the
// future, and never a day the body of a request states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates.ts';
import { lifecycleRequestBody, toTransitionRequest } from './lifecycle-request.ts';
import { dayReceived } from './paper-receipt.ts';

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
const actor = { id: 'enrollee-1', role: 'enrollee' } as const;

describe('the day a change is received', () => {
  it('issue 10 item 1: is the program date without paper, and the paper received date only when not after it', () => {
    fc.assert(
      fc.property(day, day, (today, receivedOn) => {
        expect(dayReceived(undefined, today, 'f')).toBe(today);
        const paper = { form: 'SF 2809', receivedOn, reason: 'mailed' };
        if (receivedOn <= today) expect(dayReceived(paper, today, 'f')).toBe(receivedOn);
        else expect(() => dayReceived(paper, today, 'f')).toThrow(/after the program date/);
      }),
    );
  });

  it('issue 10 item 1: a request body cannot state the day it was received', () => {
    fc.assert(
      fc.property(day, day, (stated, today) => {
        const parsed = lifecycleRequestBody.safeParse({ action: 'cancel', reason: 'x', requestedOn: stated });
        expect(parsed.success).toBe(false);
        const body = lifecycleRequestBody.parse({ action: 'cancel', reason: 'x' });
        expect(toTransitionRequest(body, actor, today, today).requestedOn).toBe(today);
      }),
    );
  });

  it('issue 10 item 1: a death cannot be dated after the program date', () => {
    fc.assert(
      fc.property(day, day, (dateOfDeath, today) => {
        const body = lifecycleRequestBody.parse({
          action: 'death_of_enrollee',
          reason: 'x',
          dateOfDeath,
          survivorContinuesCoverage: false,
        });
        const request = () => toTransitionRequest(body, actor, today, today);
        if (dateOfDeath <= today) expect(request().requestedOn).toBe(today);
        else expect(request).toThrow(/after the program date/);
      }),
    );
  });
});
