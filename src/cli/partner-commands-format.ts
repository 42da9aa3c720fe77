// The text `pshb partners list` and `show` print for people; --json prints the partner data itself.
import type { AgencyPartner, CarrierPartner, TradingPartner } from '../domain/trading-partner.ts';
import { partnerCode } from '../domain/trading-partner.ts';
import type { Endpoint, Run } from '../domain/trading-partner-delivery.ts';
import type { PartnerEntry } from '../exchange/partners/partner-cross-checks.ts';
import { formatTable } from './output.ts';

export function formatPartnerList(partners: readonly PartnerEntry[]): string {
  return formatTable(
    ['code', 'kind', 'name', 'plans', 'interchange ID', 'usage', 'delivery', 'runs'],
    partners.map(({ partner }) => [
      partnerCode(partner),
      partner.kind,
      partner.name,
      partner.kind === 'carrier' ? partner.planCodes.join(' ') : '',
      partner.kind === 'carrier'
        ? `${partner.x12.interchangeReceiver.qualifier}/${partner.x12.interchangeReceiver.id}`
        : '',
      partner.kind === 'carrier' ? partner.x12.usageIndicator : '',
      describeEndpoint(partner.endpoint),
      runsOf(partner),
    ]),
  );
}

function runsOf(partner: TradingPartner): string {
  return partner.kind === 'carrier'
    ? `changes ${describeRun(partner.schedule.changes)}; audit ${describeRun(partner.schedule.audit)}`
    : `requests ${describeRun(partner.schedule.requests)}`;
}

export function describeRun(run: Run): string {
  switch (run.frequency) {
    case 'daily':
      return `daily at ${run.at}`;
    case 'weekly':
      return `weekly on ${run.weekday} at ${run.at}`;
    case 'monthly':
      return `monthly on day ${run.dayOfMonth} at ${run.at}`;
  }
}

export function describeEndpoint(endpoint: Endpoint): string {
  return endpoint.kind === 'outbox'
    ? 'outbox folder'
    : `sftp ${endpoint.username}@${endpoint.host}:${endpoint.port}`;
}

export function formatPartner({ file, partner }: PartnerEntry): string {
  const lines = [
    `${partnerCode(partner)}: ${partner.name} (${partner.kind}, ${file})`,
    `Version ${partner.version}, effective from ${partner.effectiveFrom}`,
    `Source: ${partner.source}`,
    `Note: ${partner.sourceNote}`,
    ...(partner.kind === 'carrier' ? carrierLines(partner) : agencyLines(partner)),
    ...endpointLines(partner.endpoint),
    'Contacts:',
    ...partner.contacts.map((contact) => `  ${contact.role}: ${contact.name} <${contact.email}>`),
  ];
  return lines.join('\n') + '\n';
}

function carrierLines(partner: CarrierPartner): string[] {
  const { x12, schedule } = partner;
  const { separators } = x12;
  return [
    `Plans: ${partner.planCodes.join(', ')}`,
    `Interchange: from ${x12.interchangeSender.qualifier}/${x12.interchangeSender.id} (ISA05/ISA06) to ${x12.interchangeReceiver.qualifier}/${x12.interchangeReceiver.id} (ISA07/ISA08)`,
    `Group: GS02 ${x12.applicationSender}, GS03 ${x12.applicationReceiver}`,
    `Usage: ${x12.usageIndicator === 'P' ? 'P (production)' : 'T (test)'}; TA1 requested (ISA14): ${x12.interchangeAcknowledgmentRequested ? 'yes' : 'no'}`,
    `Separators: element ${separators.element}  component ${separators.component}  repetition ${separators.repetition}  segment ${separators.segment}`,
    `Schedule (${schedule.timeZone}): changes ${describeRun(schedule.changes)}; audit ${describeRun(schedule.audit)}`,
    `Acknowledgment: a 999 within ${partner.acknowledgment.withinHours} hours of each file`,
    `Reconciliation: ${partner.reconciliation.frequency}, initiated by the carrier`,
  ];
}

function agencyLines(partner: AgencyPartner): string[] {
  const { agreement, dataElements } = partner;
  const dates = [
    agreement.signedOn ? `signed ${agreement.signedOn}` : '',
    agreement.expiresOn ? `expires ${agreement.expiresOn}` : '',
  ].filter(Boolean);
  return [
    `Agreement: ${agreement.name}${dates.length > 0 ? ` (${dates.join(', ')})` : ''}`,
    `Citation: ${agreement.citation}`,
    `Schedule (${partner.schedule.timeZone}): requests ${describeRun(partner.schedule.requests)}`,
    'Request elements:',
    ...dataElements.request.map((element) => `  ${element.name}: ${element.description}`),
    'Response elements:',
    ...dataElements.response.map((element) => `  ${element.name}: ${element.description}`),
    'Permitted uses:',
    ...partner.permittedUses.map((use) => `  - ${use}`),
  ];
}

function endpointLines(endpoint: Endpoint): string[] {
  if (endpoint.kind === 'outbox') return ['Delivery: the partner outbox folder (no server configured)'];
  return [
    `Delivery: sftp ${endpoint.username}@${endpoint.host}:${endpoint.port}, key ${endpoint.keyRef}${endpoint.hostKey ? `, host key ${endpoint.hostKey}` : ''}`,
    `  put files in ${endpoint.remoteOutbox}; collect files from ${endpoint.remoteInbox}`,
  ];
}
