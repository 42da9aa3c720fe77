// pshb partners deliver | collect | check-acknowledgments: pushes the files written for partners to
// their SFTP servers (or outbox folders), collects what they left for the exchange, and raises the
// files a carrier has not acknowledged in time (docs/carrier-exchange.md, "Delivery and schedule").
import type { Command } from 'commander';
import {
  checkAcknowledgmentDeadlines,
  type DeadlineCheckReport,
} from '../exchange/delivery/check-acknowledgment-deadlines.ts';
import { collectInbound, type CollectionReport } from '../exchange/delivery/collect-inbound.ts';
import { deliverPending, type DeliveryReport } from '../exchange/delivery/deliver-pending.ts';
import { carriersOf, deliveryPartners, transportContextFor } from '../exchange/delivery/delivery-partners.ts';
import { caseSupportPlan } from '../support/cases/case-plan.ts';
import { environmentOf, withStore, type GlobalOptions } from './cli-context.ts';
import { printJson } from './output.ts';
import { startProgress } from './progress.ts';

interface DeliveryOptions {
  partner?: string;
  json?: boolean;
}

/** Adds the delivery commands to `pshb partners`. */
export function registerDeliveryCommands(program: Command): void {
  const partners =
    program.commands.find((command) => command.name() === 'partners') ?? program.command('partners');
  partners
    .command('deliver')
    .description(
      'push the files written for partners to their SFTP servers or outbox folders, recording each delivered',
    )
    .option('--partner <code>', 'only this partner (default: every partner)')
    .option('--json', 'print the result as JSON')
    .action(async (options: DeliveryOptions, command: Command) => {
      const selected = deliveryPartners(options.partner);
      const progress = startProgress('Delivering files', 0);
      let done = 0;
      const report = await withStore(command, (store) =>
        deliverPending(store, {
          partners: selected,
          context: contextOf(command),
          now: () => new Date(),
          onFile: () => progress.update(++done, done),
        }),
      ).finally(() => progress.stop());
      if (options.json) printJson(report);
      else process.stdout.write(describeDelivery(report));
      if (report.failed.length > 0) process.exitCode = 1;
    });
  partners
    .command('collect')
    .description('collect the files partners left for the exchange, each once; acknowledgments are recorded')
    .option('--partner <code>', 'only this partner (default: every partner)')
    .option('--json', 'print the result as JSON')
    .action(async (options: DeliveryOptions, command: Command) => {
      const selected = deliveryPartners(options.partner);
      const progress = startProgress('Collecting files', 0);
      let done = 0;
      const report = await withStore(command, (store) =>
        collectInbound(store, {
          partners: selected,
          carriers: carriersOf(deliveryPartners()),
          context: contextOf(command),
          now: () => new Date(),
          onFile: () => progress.update(++done, done),
        }),
      ).finally(() => progress.stop());
      if (options.json) printJson(report);
      else process.stdout.write(describeCollection(report));
    });
  partners
    .command('check-acknowledgments')
    .description(
      'mark files a carrier has not acknowledged within its deadline, queue them and raise an incident',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const progress = startProgress('Checking deadlines', 1);
      const report = await withStore(command, (store) =>
        checkAcknowledgmentDeadlines(store, {
          carriers: carriersOf(deliveryPartners()),
          now: new Date(),
          plan: caseSupportPlan(),
          openedBy: 'pshb partners check-acknowledgments',
        }),
      ).finally(() => progress.stop());
      if (options.json) printJson(report);
      else process.stdout.write(describeDeadlines(report));
    });
}

/** The partner transports' folders and keys, with the deployment's secrets folder when it has one. */
function contextOf(command: Command) {
  return transportContextFor(dataDirOf(command), { folder: environmentOf(command).PSHB_SECRETS_DIR });
}

function dataDirOf(command: Command): string {
  return command.optsWithGlobals<GlobalOptions>().dataDir ?? environmentOf(command).DATA_DIR;
}

function describeDelivery(report: DeliveryReport): string {
  if (report.delivered.length === 0 && report.failed.length === 0) return 'Nothing to deliver.\n';
  const lines = [
    ...report.delivered.map(
      (d) =>
        `  ${d.partner} ${d.fileName} (file ${d.fileId}): ${d.outcome === 'sent' ? 'delivered' : 'found complete at the partner, recorded delivered'}${d.attempts > 1 ? ` after ${d.attempts} tries` : ''}`,
    ),
    ...report.failed.map(
      (d) =>
        `  ${d.partner} ${d.fileName} (file ${d.fileId}): NOT delivered after ${d.attempts} tries: ${d.error ?? ''}`,
    ),
  ];
  return `Delivered ${report.delivered.length} file(s), ${report.failed.length} failed (queued as delivery_failed):\n${lines.join('\n')}\n`;
}

function describeCollection(report: CollectionReport): string {
  const lines = report.collected.map(
    (c) =>
      `  ${c.partner} ${c.fileName}: ${c.outcome}${c.exchangeFileId !== null ? ` (file ${c.exchangeFileId})` : ''}${c.reason ? `: ${c.reason}` : ''}`,
  );
  return `Collected ${report.collected.length} new file(s); ${report.alreadyCollected} seen before, left alone.\n${lines.map((l) => `${l}\n`).join('')}`;
}

function describeDeadlines(report: DeadlineCheckReport): string {
  if (report.overdue.length === 0)
    return 'Every delivered file is acknowledged or still within its deadline.\n';
  const lines = report.overdue.map(
    (f) => `  ${f.partner} ${f.fileName} (file ${f.fileId}): delivered ${f.deliveredAt}, due by ${f.dueBy}`,
  );
  return `${report.overdue.length} file(s) unacknowledged past the deadline; incident ${report.incidentId} raised:\n${lines.join('\n')}\n`;
}
