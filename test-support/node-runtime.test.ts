// Issue 10, item 16: every process the README starts runs on a Node.js release that still receives
// security fixes, and no installed package declares engines that exclude it. `npm ci` installs
// Node.js itself (the node-linux-* optional dependency), and npm scripts find that `node` first on
// their PATH (node_modules/.bin), so the machine's own Node.js only runs npm.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The end of security fixes for each release line, from the Node.js release schedule
// (https://github.com/nodejs/Release, schedule.json, read 2026-12-04).
const END_OF_LIFE: Readonly<Record<number, string>> = {
  20: '2026-04-30',
  22: '2027-04-30',
  24: '2028-04-30',
  26: '2029-04-30',
};

const ROOT = join(import.meta.dirname, '..');

function installedManifests(): { name: string; engines?: { node?: string } }[] {
  const manifests: { name: string; engines?: { node?: string } }[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.bin') continue;
      const path = join(folder, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path);
        continue;
      }
      const manifest = join(path, 'package.json');
      if (existsSync(manifest)) manifests.push(JSON.parse(readFileSync(manifest, 'utf8')));
      const nested = join(path, 'node_modules');
      if (existsSync(nested)) visit(nested);
    }
  };
  visit(join(ROOT, 'node_modules'));
  return manifests;
}

describe('issue 10 item 16: the Node.js runtime', () => {
  it('runs on a release line that still receives security fixes', () => {
    const major = semver.major(process.version);
    const endOfLife = END_OF_LIFE[major];
    expect(endOfLife, `Node.js ${process.version} is not a known release line`).toBeDefined();
    expect(endOfLife! > new Date().toISOString().slice(0, 10), `Node.js ${major} ended on ${endOfLife}`).toBe(
      true,
    );
  });

  it("satisfies the project's own engines field", () => {
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(semver.satisfies(process.version, own.engines.node)).toBe(true);
  });

  it('has no installed package whose engines exclude it', () => {
    const excluded = installedManifests()
      .filter((m) => m.engines?.node && semver.validRange(m.engines.node))
      .filter((m) => !semver.satisfies(process.version, m.engines!.node!, { includePrerelease: true }))
      .map((m) => `${m.name} (${m.engines!.node})`);
    expect(excluded).toEqual([]);
  });
});
