// A recorded change's confirmation number, derived from its transition id: "PSHB-" and six characters of
// Crockford base 32 (no I, L, O or U, so nothing is misread over the phone), then one check character
// (Luhn mod 32), grouped "PSHB-000-01AK". The check catches any one character mistyped and nearly any two
// neighbours swapped, so support can find the change from what a person reads out (parseConfirmationNumber).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;
const PAYLOAD = 6;
const MAX_ID = N ** PAYLOAD - 1;

/** The Luhn mod N check character of `payload` (characters of ALPHABET). */
function checkCharacter(payload: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = payload.length - 1; i >= 0; i--) {
    const addend = factor * ALPHABET.indexOf(payload[i]!);
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(N - (sum % N)) % N]!;
}

export function confirmationNumber(transitionId: number): string {
  if (!Number.isInteger(transitionId) || transitionId < 1 || transitionId > MAX_ID)
    throw new RangeError(`no confirmation number for transition ${transitionId}`);
  let payload = '';
  for (let rest = transitionId; payload.length < PAYLOAD; rest = Math.floor(rest / N))
    payload = ALPHABET[rest % N]! + payload;
  const check = checkCharacter(payload);
  return `PSHB-${payload.slice(0, 3)}-${payload.slice(3)}${check}`;
}

/** The transition id a confirmation number names, or null when it is not one (a wrong check character). */
export function parseConfirmationNumber(text: string): number | null {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^PSHB/, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== PAYLOAD + 1 || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  const payload = cleaned.slice(0, PAYLOAD);
  if (checkCharacter(payload) !== cleaned[PAYLOAD]) return null;
  const id = [...payload].reduce((value, c) => value * N + ALPHABET.indexOf(c), 0);
  return id > 0 ? id : null;
}
