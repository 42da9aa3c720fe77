// Stores a catalogue version: its options, premiums and crosswalk as rows the rules can query, and the
// whole catalogue as a reference dataset. A version is immutable: saving it again with the same content
// changes nothing, and other content under a stored version is refused.
import { isDeepStrictEqual } from 'node:util';
import { catalogue as catalogueSchema, type Catalogue } from '../../domain/catalogue.ts';
import { PshbError } from '../../errors.ts';
import { copyCatalogueRows } from '../../storage/catalogue/catalogue-rows.ts';
import {
  insertCatalogueDataset,
  lockCatalogueContent,
  selectCatalogueContent,
  selectCatalogueVersions,
} from '../../storage/catalogue/catalogue-versions.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';

export type SaveCatalogueResult = 'saved' | 'unchanged';

export async function saveCatalogue(store: Store, catalogue: Catalogue): Promise<SaveCatalogueResult> {
  const valid = catalogueSchema.parse(catalogue);
  return store.transaction(async (tx) => {
    const stored = await lockCatalogueContent(tx, valid.version);
    if (stored !== undefined) {
      if (isDeepStrictEqual(parseStored(stored), valid)) return 'unchanged';
      throw new PshbError(
        'CONFLICT',
        `catalogue version ${valid.version} is already stored with other content; give the new content a new version`,
      );
    }
    await insertCatalogueDataset(tx, {
      version: valid.version,
      source: valid.source,
      content: JSON.stringify(valid),
    });
    await copyCatalogueRows(tx, valid);
    return 'saved';
  });
}

/** The catalogue stored under a version, as it was saved. */
export async function loadCatalogue(store: Store, version: string): Promise<Catalogue> {
  const content = await selectCatalogueContent(executorOf(store), version);
  if (content === undefined) throw new PshbError('NOT_FOUND', `no catalogue version ${version} is stored`);
  return parseStored(content);
}

/** Versions of the stored catalogues, oldest first. */
export function listCatalogueVersions(store: Store): Promise<string[]> {
  return selectCatalogueVersions(executorOf(store));
}

function parseStored(content: unknown): Catalogue {
  // PGlite and pg both return jsonb parsed; a text value would mean a driver configured otherwise.
  return catalogueSchema.parse(typeof content === 'string' ? JSON.parse(content) : content);
}
