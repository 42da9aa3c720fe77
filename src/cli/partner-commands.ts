// pshb partners: the trading partners (carriers, CMS, SSA) as reference data. `list` and `show` read
// the partner folder (reference-data/partners/ unless --dir names another) and refuse to work from
// an invalid one; `validate` checks one file, or the whole folder, and names every problem as
// `file: field: message` (docs/partners.md). No database.
import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
import {
  invalidPartners,
  readPartnerDirectory,
  validatePartnerFile,
  type PartnerDirectory,
} from '../exchange/partners/load-partners.ts';
import { findPartner } from '../exchange/partners/partner-lookup.ts';
import { DEFAULT_PARTNER_CATALOGUE, SHIPPED_PARTNERS } from '../exchange/partners/shipped-partners.ts';
import { listShippedCatalogues, loadShippedCatalogue } from '../reference-data.ts';
import type { Catalogue } from '../domain/catalogue.ts';
import { formatPartner, formatPartnerList } from './partner-commands-format.ts';
import { printJson } from './output.ts';

interface FolderOptions {
  dir?: string;
  catalogue: string;
  json?: boolean;
}

function withFolderOptions(command: Command): Command {
  return command
    .option('--dir <folder>', 'the folder of partner files (default: the shipped reference-data/partners/)')
    .option(
      '--catalogue <name>',
      'the shipped catalogue carrier and plan codes are checked against',
      DEFAULT_PARTNER_CATALOGUE,
    )
    .option('--json', 'print as JSON');
}

function readFolder(options: FolderOptions): PartnerDirectory {
  return readPartnerDirectory(options.dir ?? shippedFolder(), catalogueNamed(options.catalogue));
}

function catalogueNamed(name: string): Catalogue {
  const names = listShippedCatalogues();
  if (!names.includes(name))
    throw new PshbError(
      'INVALID_INPUT',
      `--catalogue: no shipped catalogue "${name}"; shipped: ${names.join(', ')}`,
    );
  return loadShippedCatalogue(name);
}

// Files are named as the operator would type them: relative to where pshb runs, when inside it.
function shippedFolder(): string {
  const relativePath = relative(process.cwd(), SHIPPED_PARTNERS);
  return relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath)
    ? SHIPPED_PARTNERS
    : relativePath;
}

/** The folder's partners; an invalid folder is refused, every problem named. */
function validFolder(options: FolderOptions): PartnerDirectory {
  const folder = readFolder(options);
  if (folder.problems.length > 0) throw invalidPartners(folder.directory, folder.problems);
  return folder;
}

export function registerPartnerCommands(program: Command): void {
  const partners = program
    .command('partners')
    .description('trading partners: carriers (834 files) and the agencies verifying Medicare (CMS, SSA)');

  withFolderOptions(
    partners.command('list').description('every partner: code, plans, interchange ID, delivery and schedule'),
  ).action((options: FolderOptions) => {
    const folder = validFolder(options);
    if (options.json) printJson(folder.partners);
    else process.stdout.write(formatPartnerList(folder.partners));
  });

  withFolderOptions(
    partners
      .command('show')
      .description("one partner's file in full: identifiers, endpoint, schedule, agreement, contacts")
      .argument('<code>', 'carrier code (FEP), agency code (CMS) or partner id (fep)'),
  ).action((code: string, options: FolderOptions) => {
    const folder = validFolder(options);
    const found = findPartner(folder.partners, code);
    if (!found)
      throw new PshbError(
        'NOT_FOUND',
        `no partner "${code}"; partners: ${folder.partners.map((entry) => entry.partner.id.toUpperCase()).join(', ')}`,
      );
    if (options.json) printJson(found);
    else process.stdout.write(formatPartner(found));
  });

  withFolderOptions(
    partners
      .command('validate')
      .description(
        'check a partner file against the schema, the catalogue and the other partners (or the whole folder)',
      )
      .argument('[file]', 'a partner file (JSON); the whole folder when left out'),
  ).action((file: string | undefined, options: FolderOptions) => {
    const folder = readFolder(options);
    const result =
      file === undefined
        ? { where: folder.directory, problems: folder.problems, checked: folder.partners.map((p) => p.file) }
        : validateOne(file, options, folder);
    const valid = result.problems.length === 0;
    if (options.json) printJson({ valid, checked: result.checked, problems: result.problems });
    if (!valid) throw invalidPartners(result.where, result.problems);
    if (!options.json) for (const checked of result.checked) process.stdout.write(`valid: ${checked}\n`);
  });
}

function validateOne(file: string, options: FolderOptions, folder: PartnerDirectory) {
  const result = validatePartnerFile(file, catalogueNamed(options.catalogue), folder.partners);
  return { where: file, problems: result.problems, checked: [file] };
}
