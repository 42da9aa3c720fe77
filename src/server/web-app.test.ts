// The web app's files from the API's own server: index.html for / and every screen's address with a
// content security policy, built assets with long caching and pre-compressed, the demo accounts only in
// demo mode, and a plain message when the app has not been built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApp, type DemoInfo } from './web-app.ts';

const demo: DemoInfo = {
  programDate: '2024-11-20',
  accounts: [
    { subject: 'demo-enrollee', role: 'enrollee', displayName: 'Avery Demo-Enrollee', scope: 'person 1' },
  ],
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pshb-web-app-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>PSHB Exchange</title>');
  const script = 'console.log("portal");'.repeat(100);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(root, 'assets', 'index-abc123.js.gz'), gzipSync(script));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function server(options: { demo: DemoInfo | null; root?: string }): Promise<FastifyInstance> {
  const app = Fastify();
  await webApp(app, { root: options.root ?? root, demo: options.demo });
  await app.ready();
  return app;
}

describe('web app files', () => {
  it('serves index.html at / and at every screen address, with a content security policy', async () => {
    const app = await server({ demo: null });
    for (const url of [
      '/',
      '/portal',
      '/portal/plans?enrollmentType=all',
      '/console/cases/3',
      '/dashboard/audit',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>PSHB Exchange</title>');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    await app.close();
  });

  it('serves built assets for a year, compressed when the browser accepts it', async () => {
    const app = await server({ demo: null });
    const response = await app.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toContain('immutable');
    await app.close();
  });

  it('lists the demo accounts only in demo mode', async () => {
    const demoApp = await server({ demo });
    const listed = await demoApp.inject({ method: 'GET', url: '/demo.json' });
    expect(listed.json()).toEqual(demo);
    await demoApp.close();
    const production = await server({ demo: null });
    expect((await production.inject({ method: 'GET', url: '/demo.json' })).statusCode).toBe(404);
    await production.close();
  });

  it('says how to build the app when it has not been built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pshb-web-app-empty-'));
    const app = await server({ demo: null, root: empty });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('npm run web:build');
    await app.close();
    rmSync(empty, { recursive: true, force: true });
  });
});
