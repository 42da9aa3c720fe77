// The one escaper for text put into HTML or SVG/XML markup, as text or as an attribute value: the
// documents the support operation publishes and the development sign-in pages both use it.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The five characters that can end a text run or a quoted attribute, as character references. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
