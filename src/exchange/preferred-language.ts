// The language a person prefers to be written to in: English or Spanish. The enrollee sets it in the
// portal; survey invitations made after their transactions use it for the link's ?lang= and the form's
// default language (create-invitations.ts). Without a choice, English.
import { executorOf } from '../storage/executor.ts';
import { savePersonLanguage, type PreferredLanguage } from '../storage/person-language.ts';
import type { Store } from '../storage/store.ts';

export async function setPreferredLanguage(
  store: Store,
  input: { readonly personId: number; readonly language: PreferredLanguage; readonly at: Date },
): Promise<{ personId: number; language: PreferredLanguage }> {
  await savePersonLanguage(executorOf(store), input.personId, input.language, input.at);
  return { personId: input.personId, language: input.language };
}
