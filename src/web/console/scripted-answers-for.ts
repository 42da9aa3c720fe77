// The plan's scripted answers a partner must use for a request type (the program office, which has no
// partner, sees all of them).
import type { ScriptedAnswer } from './console-types.ts';

export function scriptedAnswersFor(
  answers: readonly ScriptedAnswer[],
  requestType: string,
  partner: string | null,
): ScriptedAnswer[] {
  return answers.filter(
    (answer) => answer.requestType === requestType && (partner === null || answer.usedBy.includes(partner)),
  );
}

/** Every answer the partner must use, whatever the request type (the program office: all of them). */
export function scriptedAnswersOf(
  answers: readonly ScriptedAnswer[],
  partner: string | null,
): ScriptedAnswer[] {
  return answers.filter((answer) => partner === null || answer.usedBy.includes(partner));
}
