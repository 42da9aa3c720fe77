import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { nextStatus, possibleEvents } from './case-status.ts';

function refusal(work: () => unknown): PshbError {
  try {
    work();
  } catch (error) {
    return error as PshbError;
  }
  throw new Error('expected a refusal');
}

describe('case state machine', () => {
  it('follows a case from opening through transfer, escalation, resolution and reopening', () => {
    let status = nextStatus(null, 'opened');
    expect(status).toBe('open');
    status = nextStatus(status, 'note');
    expect(status).toBe('in_progress');
    status = nextStatus(status, 'transferred');
    expect(status).toBe('transferred');
    status = nextStatus(status, 'note');
    expect(status).toBe('in_progress');
    status = nextStatus(status, 'escalated');
    expect(status).toBe('escalated');
    status = nextStatus(status, 'resolved');
    expect(status).toBe('resolved');
    status = nextStatus(status, 'reopened');
    expect(status).toBe('reopened');
    expect(nextStatus(status, 'resolved')).toBe('resolved');
  });

  it('refuses with INVALID_TRANSITION what the status does not allow, naming what it does', () => {
    const noted = refusal(() => nextStatus('resolved', 'note'));
    expect(noted.code).toBe('INVALID_TRANSITION');
    expect(noted.message).toContain('possible now: reopened');
    expect(refusal(() => nextStatus('open', 'reopened')).code).toBe('INVALID_TRANSITION');
    expect(refusal(() => nextStatus('escalated', 'escalated')).code).toBe('INVALID_TRANSITION');
    expect(refusal(() => nextStatus('resolved', 'resolved')).code).toBe('INVALID_TRANSITION');
    expect(refusal(() => nextStatus('open', 'opened')).code).toBe('INVALID_TRANSITION');
  });

  it('lists the events each status accepts', () => {
    expect(possibleEvents('resolved')).toEqual(['reopened']);
    expect(possibleEvents('escalated')).toEqual(['note', 'transferred', 'resolved', 'assigned']);
  });
});
