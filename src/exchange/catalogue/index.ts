// Plan catalogues: the CSV formats they travel in and their storage by version.
export {
  catalogueToCsv,
  CROSSWALK_COLUMNS,
  OPTION_COLUMNS,
  type CatalogueCsv,
} from './catalogue-csv-format.ts';
export { CatalogueValidationError, parseCatalogueCsv, type CatalogueHeader } from './catalogue-csv-parse.ts';
export {
  listCatalogueVersions,
  loadCatalogue,
  saveCatalogue,
  type SaveCatalogueResult,
} from './catalogue-store.ts';
