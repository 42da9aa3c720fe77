// The link an invitation is sent as: the web app's survey form, /survey/<token>, with the invitation's
// language as ?lang= so the form opens in it (docs/customer-experience.md, "The survey form"). The token
// is base64url, so it needs no escaping; it is escaped anyway, whatever a caller passes.
import type { Language } from '../../rules/cx/survey-instrument.ts';

/** The survey form's address for an invitation, under `origin` (e.g. https://pshb.example) or relative. */
export function invitationLink(token: string, language: Language, origin = ''): string {
  return `${origin.replace(/\/+$/, '')}/survey/${encodeURIComponent(token)}?lang=${language}`;
}
