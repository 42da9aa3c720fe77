// Optimistic concurrency on a household's enrollment: its ETag changes whenever an enrollment event or
// an open season election is recorded for it. Reads return the ETag; a change must send it back in
// If-Match (428 without it, 412 when someone changed the enrollment since it was read).
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';

export const IF_MATCH_HEADER = 'if-match';

export { checkIfMatch, householdEtag } from '../storage/household-etag.ts';

/** The If-Match header of a change; throws PRECONDITION_REQUIRED when it is missing. */
export function ifMatchOf(request: FastifyRequest): string {
  const value = request.headers[IF_MATCH_HEADER];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PshbError(
      'PRECONDITION_REQUIRED',
      'send If-Match with the ETag of GET /api/v1/persons/{id}/enrollments to change this enrollment',
    );
  }
  return value.trim();
}
