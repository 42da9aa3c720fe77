// The demo's rehearsal of the carrier exchange, so its screens and figures show real traffic: each
// carrier gets its change file from the real writer, a SIMULATED carrier answers it with a 999
// (simulate-carrier-answer.ts: some rejecting a few members), and the exchange reads the answer as it
// would a carrier's, opening exception items for what was rejected. A carrier already sent a change
// file is left alone, so the rehearsal is applied once however often the demo starts.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../../domain/dates.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { executorOf } from '../../storage/executor.ts';
import { hasSentChangeFile } from '../../storage/exchange/exchange-files.ts';
import type { Store } from '../../storage/store.ts';
import { carrierFileName, deliveryFolders } from '../delivery/delivery-folders.ts';
import { ingestAcknowledgment } from './ingest-acknowledgment.ts';
import { simulateCarrierAnswer } from './simulate-carrier-answer.ts';
import { writeCarrierFile } from './write-carrier-file.ts';

export interface RehearsalOptions {
  readonly carriers: readonly CarrierPartner[];
  readonly dataDir: string;
  readonly asOf: IsoDate;
  readonly now: Date;
  /** How many members the simulated answer rejects, by carrier code (none when absent). */
  readonly rejections: Readonly<Record<string, number>>;
}

export interface RehearsedCarrier {
  readonly carrier: string;
  readonly members: number;
  readonly rejectedMembers: number;
}

export async function rehearseCarrierExchange(
  store: Store,
  options: RehearsalOptions,
): Promise<RehearsedCarrier[]> {
  const rehearsed: RehearsedCarrier[] = [];
  for (const [index, carrier] of options.carriers.entries()) {
    if (await hasSentChangeFile(executorOf(store), carrier.carrierCode)) continue;
    const folder = deliveryFolders(options.dataDir).written(carrier.carrierCode);
    await mkdir(folder, { recursive: true });
    const name = carrierFileName(carrier.carrierCode, 'changes', options.asOf, options.now);
    const out = join(folder, name);
    const file = await writeCarrierFile(store, {
      partner: carrier,
      kind: 'changes',
      asOf: options.asOf,
      out,
      now: options.now,
    });
    if (!file.written) continue;
    const answer = simulateCarrierAnswer(await readFile(out, 'utf8'), carrier, {
      rejectMembers: options.rejections[carrier.carrierCode] ?? 0,
      seed: index + 1,
      date: options.asOf,
      time: options.now.toISOString().slice(11, 16),
      controlNumber: file.interchangeControlNumber,
    });
    await ingestAcknowledgment(store, options.carriers, answer.text, `${name}.simulated.999`, options.now);
    rehearsed.push({
      carrier: carrier.carrierCode,
      members: file.members,
      rejectedMembers: answer.rejectedMembers,
    });
  }
  return rehearsed;
}
