// What the console's end-to-end journeys set up through the API, in the browser's own session: the
// caller they serve (found as the program office, so each journey has a person no other suite acts on)
// and cases opened or moved without the screens, when a journey starts further along.
import type { Page } from 'playwright-core';
import type { EnrollmentStanding, PersonMatch, SupportCase } from './console-types.ts';

export interface Caller {
  readonly id: number;
  readonly name: string;
  readonly lastName: string;
  readonly ssnLastFour: string;
  readonly coverageCode: string | null;
}

async function call<T>(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const url = `${baseUrl}/api/v1/${path}`;
  const response =
    method === 'GET'
      ? await page.request.get(url)
      : await page.request.post(url, {
          headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
          data: JSON.stringify(body ?? {}),
        });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * As a program administrator: the first enrollee from `firstId` on whose enrollment an open season change
 * is allowed and whom the masked search finds by last name and last four.
 */
export async function findCaller(page: Page, baseUrl: string, firstId: number): Promise<Caller> {
  for (let id = firstId; id < firstId + 60; id += 1) {
    const person = await call<PersonMatch>(page, baseUrl, 'GET', `persons/${id}`);
    if (person.relationship !== 'self') continue;
    const standing = await call<EnrollmentStanding>(page, baseUrl, 'GET', `persons/${id}/enrollment-state`);
    if (!standing.allowedActions.some((allowed) => allowed.action === 'open_season_change')) continue;
    const lastName = person.name.slice(person.name.indexOf(' ') + 1);
    const query = new URLSearchParams({ lastName, ssnLastFour: person.ssnLastFour });
    const found = await call<{ items: PersonMatch[] }>(page, baseUrl, 'GET', `persons?${query.toString()}`);
    if (!found.items.some((match) => match.id === id)) continue;
    return {
      id,
      name: person.name,
      lastName,
      ssnLastFour: person.ssnLastFour,
      coverageCode: standing.state.coverage?.enrollmentCode ?? null,
    };
  }
  throw new Error(`no enrollee with an open season change allowed from person ${firstId}`);
}

/** Opens a case for the caller as a specialist would on an inbound contact: with verified identifiers. */
export function openCase(
  page: Page,
  baseUrl: string,
  caller: Caller,
  requestType: string,
  subject: string,
): Promise<SupportCase> {
  return call<SupportCase>(page, baseUrl, 'POST', 'cases', {
    personId: caller.id,
    verifiedIdentifiers: { lastName: caller.lastName, ssnLastFour: caller.ssnLastFour },
    channel: 'phone',
    requestType,
    priority: 'normal',
    subject,
    note: `Opened for the journey: ${subject}`,
  });
}

export function transferCase(page: Page, baseUrl: string, caseId: number, toPartner: string, note: string) {
  return call<SupportCase>(page, baseUrl, 'POST', `cases/${caseId}/transfer`, { toPartner, note });
}
