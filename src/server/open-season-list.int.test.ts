// GET /api/v1/open-seasons: the calendar's open seasons for any signed-in user, with the one open on the
// program date marked (PSHB_PROGRAM_DATE moves it), and 401 for nobody signed in.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM_DATE_VARIABLE } from '../domain/program-clock.ts';
import type { Principal } from './principal.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const carrier: Principal = { subject: 'carrier-1', role: 'carrier', carrierCodes: ['NALC'] };

describe('GET /api/v1/open-seasons', () => {
  let app: FastifyInstance;
  const saved = process.env[PROGRAM_DATE_VARIABLE];
  beforeAll(async () => {
    // The list reads only the shipped calendar: no database needed.
    app = await buildTestServer();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[PROGRAM_DATE_VARIABLE];
    else process.env[PROGRAM_DATE_VARIABLE] = saved;
  });
  afterAll(async () => {
    await app?.close();
  });

  const list = async (principal?: Principal) =>
    app.inject({ url: '/api/v1/open-seasons', headers: principal ? signedInAs(principal) : {} });

  it('marks the transitional open season as open inside its extension', async () => {
    process.env[PROGRAM_DATE_VARIABLE] = '2024-12-12';
    const response = await list(carrier);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      programDate: '2024-12-12',
      currentId: 'TOS-2024',
      defaultId: 'TOS-2024',
      openSeasons: [
        {
          id: 'TOS-2024',
          name: 'PSHB transitional Open Season 2024',
          start: '2024-11-11',
          end: '2024-12-09',
          extendedTo: '2024-12-13',
          lastElectionDay: '2024-12-13',
          effectiveOn: '2025-01-01',
          transitional: true,
          status: 'open',
        },
      ],
    });
  });

  it('says upcoming before the first day and closed after the last election day', async () => {
    process.env[PROGRAM_DATE_VARIABLE] = '2024-11-10';
    expect((await list(carrier)).json()).toMatchObject({
      currentId: null,
      openSeasons: [{ status: 'upcoming' }],
    });
    process.env[PROGRAM_DATE_VARIABLE] = '2024-12-14';
    expect((await list(carrier)).json()).toMatchObject({
      currentId: null,
      openSeasons: [{ status: 'closed' }],
    });
  });

  it('needs a signed-in user', async () => {
    expect((await list()).statusCode).toBe(401);
  });
});
