// A carrier's membership file that is not UTF-8 (a Latin-1 export, say) is refused as a file, by the
// byte range at fault, rather than failing deep in the reader.
import { expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { readCarrierMembership } from './reconcile-carrier.ts';

const ISA =
  'ISA*00*          *00*          *ZZ*CARRIER        *ZZ*PSHBEXCHANGE   *260101*1200*^*00501*000000001*0*T*:~\n';

it('refuses an 834 holding a byte that is not UTF-8 (é in Latin-1), naming where', async () => {
  const bytes = Buffer.concat([Buffer.from(ISA), Buffer.from([0x4e, 0x4d, 0x31, 0x2a, 0xe9, 0x7e])]);
  const error = await readCarrierMembership(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PshbError);
  expect((error as PshbError).message).toMatch(/not UTF-8 text \(a byte between 0 and 65536/);
});
