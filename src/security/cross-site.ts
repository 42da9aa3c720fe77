// Refusing changes a browser was made to send from another site (login CSRF's twin, logout CSRF): a
// browser marks every request with Sec-Fetch-Site and, on a POST, with Origin, and no page can forge
// either. A request with neither comes from a program (curl, a test), not from a page on another site.
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';

/** Sec-Fetch-Site values of a request the user or this site made. */
const SAME_SITE_FETCHES = new Set(['same-origin', 'none']);

/** Throws CROSS_SITE_REQUEST unless the request came from `siteOrigin` (e.g. http://127.0.0.1:3000). */
export function refuseCrossSite(request: FastifyRequest, siteOrigin: string): void {
  const fetchSite = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (typeof fetchSite === 'string') {
    if (SAME_SITE_FETCHES.has(fetchSite)) return;
    throw crossSite(`Sec-Fetch-Site is ${fetchSite}`);
  }
  if (origin !== undefined && origin !== siteOrigin) throw crossSite(`Origin is ${origin}`);
}

function crossSite(why: string): PshbError {
  return new PshbError(
    'CROSS_SITE_REQUEST',
    `refused: this request was sent from another site (${why}); use this site's own page to do it`,
  );
}
