// pshb support incident: incidents for the technical command center and the cases they cause, at the
// command line. The operator is recorded as the one who opened, linked or resolved; changes run in one
// transaction and call the same src/support/cases functions as the API.
import type { Command } from 'commander';
import { executorOf } from '../storage/executor.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import {
  INCIDENT_SEVERITIES,
  linkCase,
  listIncidents,
  openIncident,
  resolveIncident,
  type Incident,
  type IncidentSeverity,
} from '../support/cases/incidents.ts';
import { positiveId } from './arguments.ts';
import { withStore } from './cli-context.ts';
import { formatTable, printJson } from './output.ts';
import { changing, oneOf, operator, type Common } from './support-case-options.ts';

function printIncident(incident: Incident, json: boolean | undefined): void {
  if (json) return printJson(incident);
  process.stdout.write(
    `Incident ${incident.id} (${incident.severity}, ${incident.partner}): ${incident.title}\n` +
      `  Cases: ${incident.cases.join(', ') || 'none'}\n` +
      (incident.resolution
        ? `  Resolved ${incident.resolution.at.slice(0, 19)} by ${incident.resolution.by}: ${incident.resolution.text}\n`
        : '  Open\n'),
  );
}

export function registerIncidentCommands(support: Command): void {
  const incident = support
    .command('incident')
    .description('incidents for the technical command center and the cases they cause');
  incident
    .command('open')
    .requiredOption('--title <text>', 'the fault, in a line')
    .requiredOption('--description <text>', 'what callers see')
    .option('--severity <severity>', INCIDENT_SEVERITIES.join(', '), 'major')
    .option('--partner <partner>', "who runs it (default: the plan's technical-incident path)")
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('open an incident')
    .action(
      async (
        options: Common & { title: string; description: string; severity: string; partner?: string },
        command: Command,
      ) => {
        const input = {
          title: options.title,
          description: options.description,
          severity: oneOf<IncidentSeverity>('--severity', options.severity, INCIDENT_SEVERITIES),
          openedBy: operator(options.actor).id,
          ...(options.partner ? { partner: options.partner } : {}),
        };
        const opened = await withStore(command, (store) =>
          changing(store, (executor) => openIncident(executor, caseSupportPlan(), input)),
        );
        printIncident(opened, options.json);
      },
    );
  incident
    .command('link')
    .argument('<incident-id>')
    .argument('<case-id>')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('link a case to the incident that caused it')
    .action(async (incidentText: string, caseText: string, options: Common, command: Command) => {
      const incidentId = positiveId(incidentText, 'incident-id');
      const caseId = positiveId(caseText, 'case-id');
      const linked = await withStore(command, (store) =>
        changing(store, (executor) => linkCase(executor, incidentId, caseId, operator(options.actor).id)),
      );
      printIncident(linked, options.json);
    });
  incident
    .command('resolve')
    .argument('<incident-id>')
    .requiredOption('--resolution <text>', 'how the fault was fixed, for the record and the partners')
    .option('--actor <id>', 'who is acting (default: cli:<user>)')
    .option('--json', 'print as JSON')
    .description('resolve an incident (once)')
    .action(async (incidentText: string, options: Common & { resolution: string }, command: Command) => {
      const incidentId = positiveId(incidentText, 'incident-id');
      const resolved = await withStore(command, (store) =>
        changing(store, (executor) =>
          resolveIncident(executor, incidentId, {
            resolution: options.resolution,
            resolvedBy: operator(options.actor).id,
          }),
        ),
      );
      printIncident(resolved, options.json);
    });
  incident
    .command('list')
    .option('--limit <n>', 'how many incidents to list', '50')
    .option('--json', 'print as JSON')
    .description('incidents, newest first, with their cases')
    .action(async (options: Common & { limit: string }, command: Command) => {
      const limit = positiveId(options.limit, '--limit');
      const rows = await withStore(command, (store) => listIncidents(executorOf(store), null, limit));
      if (options.json) return printJson(rows);
      process.stdout.write(
        formatTable(
          ['id', 'severity', 'partner', 'opened', 'cases', 'title'],
          rows.map((r) => [
            String(r.id),
            r.severity,
            r.partner,
            r.openedAt.slice(0, 19),
            r.cases.join(', '),
            r.title,
          ]),
        ),
      );
    });
}
