// Serves the web app built by `npm run web:build` (dist/web) from the API's own server: the built files
// under /assets with long caching, and index.html for / and every screen's address, so a reload or a
// bookmark of /portal/plans works. In demo mode, GET /demo.json lists the demo accounts for the landing
// page; outside demo mode it does not exist. Without a build, / says how to make one.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The screens' top-level addresses; each serves index.html and the app routes from there. */
export const WEB_AREAS = ['portal', 'console', 'dashboard', 'survey', 'plans', 'sign-in'] as const;

/** Where the built app is: the folder given (PSHB_WEB_ROOT), else dist/web of this checkout. */
export function webRootOf(folder: string | null | undefined): string {
  return folder ? resolve(folder) : resolve(import.meta.dirname, '../../dist/web');
}

export interface DemoAccountSummary {
  readonly subject: string;
  readonly role: string;
  readonly displayName: string;
  readonly scope: string;
}

export interface DemoInfo {
  readonly programDate: string;
  readonly accounts: readonly DemoAccountSummary[];
}

export interface WebAppOptions {
  /** The built app (PSHB_WEB_ROOT); default dist/web of this checkout. */
  readonly root?: string | null;
  /** Demo accounts and the program date, shown on the landing page; null outside demo mode. */
  readonly demo: DemoInfo | null;
}

// The app loads only its own scripts and styles; USWDS icons are data: URIs and files under /assets.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function webApp(app: FastifyInstance, options: WebAppOptions): Promise<void> {
  const root = webRootOf(options.root);
  const built = existsSync(join(root, 'index.html'));
  if (options.demo) {
    const demo = options.demo;
    app.get('/demo.json', { schema: { hide: true } }, async (_request, reply) =>
      reply.header('cache-control', 'no-store').send(demo),
    );
  }
  if (!built) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send(NOT_BUILT),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // The build writes .br and .gz beside each script and style (vite.config.ts).
    preCompressed: true,
    // Built file names carry a content hash, so they never change: browsers may keep them.
    setHeaders: (response, path) => {
      if (path.startsWith(join(root, 'assets')))
        response.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const sendIndex = (reply: FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .sendFile('index.html', { cacheControl: false });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  for (const area of WEB_AREAS) {
    app.get(`/${area}`, { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
    app.get(`/${area}/*`, { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  }
}

const NOT_BUILT = `PSHB Exchange: the API is running, but the web app has not been built.
Build it with "npm run web:build" (npm start does this for you), then reload this page.
The API's documentation is at /docs.
`;
