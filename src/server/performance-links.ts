// Where the carrier performance routes live, and the links an answer carries to them.

/** The API's prefix (build-server.ts API_PREFIX, not imported: it registers these routes). */
const API_PREFIX = '/api/v1';

/** The routes' prefix inside /api/v1. */
export const API_PREFIX_OF_ROUTES = '/carrier-performance';

/** A notice as the API answers it: with the addresses of its HTML and PDF renderings. */
export function noticeLinks<Notice extends { readonly id: number }>(
  notice: Notice,
): Notice & { htmlUrl: string; pdfUrl: string } {
  const base = `${API_PREFIX}${API_PREFIX_OF_ROUTES}/notices/${notice.id}`;
  return { ...notice, htmlUrl: `${base}.html`, pdfUrl: `${base}.pdf` };
}
