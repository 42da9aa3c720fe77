// Where a rules case finds what it names: the catalogues and program calendar shipped in
// reference-data/ (read and validated by src/reference-data.ts). Tests may pass their own loaders.
import { loadProgramCalendar, loadShippedCatalogue } from '../reference-data.ts';
import type { CaseLoaders } from '../rules/case.ts';

export const shippedCaseLoaders: CaseLoaders = {
  catalogue: (name) => loadShippedCatalogue(name),
  calendar: () => loadProgramCalendar(),
};
