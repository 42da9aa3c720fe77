// Searching the desk's texts (scripted answers, knowledge articles) as a specialist types: every word of
// the query must appear somewhere in the text, whatever the case and accents ("inscripcion" finds
// "inscripción"), so a few letters narrow the list at once.

/** Lower case without accents, so Spanish words match however they are typed. */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether every word of the query appears in one of the texts; an empty query matches everything. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = folded(texts.join(' \n '));
  return words.every((word) => haystack.includes(word));
}
