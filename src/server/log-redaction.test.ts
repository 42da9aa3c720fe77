import { describe, expect, it } from 'vitest';
import { buildServer } from './build-server.ts';
import { maskedUrl, serverLoggerOptions } from './log-redaction.ts';
import { signedInAs, testAuthenticator } from './test-authenticator.test.ts';

describe('log redaction', () => {
  it('issue 10 item 14: masks personal query values and sign-in codes in URLs', () => {
    expect(maskedUrl('/api/v1/persons?lastName=Smith&ssnLastFour=1234&limit=5')).toBe(
      '/api/v1/persons?lastName=[redacted]&ssnLastFour=[redacted]&limit=5',
    );
    expect(maskedUrl('/auth/callback?code=abc&state=xyz&iss=http%3A%2F%2Fidp')).toBe(
      '/auth/callback?code=[redacted]&state=[redacted]&iss=http%3A%2F%2Fidp',
    );
    expect(maskedUrl('/api/v1/plans')).toBe('/api/v1/plans');
  });

  it('issue 10 item 14: the server log carries no lastName, ssnLastFour, code or state value', async () => {
    const lines: string[] = [];
    const app = await buildServer({
      store: {} as never,
      authenticate: testAuthenticator,
      logger: serverLoggerOptions('info', { write: (line: string) => void lines.push(line) }),
    });
    try {
      await app.inject({
        method: 'GET',
        url: '/api/v1/persons?lastName=Zebulon&ssnLastFour=9876&birthDate=1950-01-02',
        headers: {
          ...signedInAs({ subject: 's', role: 'support_specialist', partnerOrganization: 'helpline' }),
          cookie: 'pshb_session=SECRETCOOKIE',
        },
      });
      await app.inject({ method: 'GET', url: '/auth/callback?code=SECRETCODE&state=SECRETSTATE' });
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('request completed');
    for (const secret of ['Zebulon', '9876', '1950-01-02', 'SECRETCODE', 'SECRETSTATE', 'SECRETCOOKIE'])
      expect(log).not.toContain(secret);
  });
});
