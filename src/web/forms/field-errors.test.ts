import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/api-problem.ts';
import { hasErrors, requiredErrors, serverFieldErrors } from './field-errors.ts';

describe('form errors', () => {
  it('names each blank required field', () => {
    const errors = requiredErrors({ note: '  ', subject: 'Plan change' }, ['note', 'subject']);
    expect(errors).toEqual({ note: 'form.required' });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(requiredErrors({ note: 'ok' }, ['note']))).toBe(false);
  });

  it('maps the server field problems onto the form fields', () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'INVALID_INPUT',
      detail: 'invalid',
      errors: [{ path: 'body.note', message: 'too long' }],
    });
    expect(serverFieldErrors(problem, ['note', 'subject'])).toEqual({ note: 'form.invalid' });
    expect(serverFieldErrors(undefined, ['note'])).toEqual({});
  });
});
