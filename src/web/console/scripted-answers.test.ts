import { describe, expect, it } from 'vitest';
import type { ScriptedAnswer } from './console-types.ts';
import { scriptedAnswersFor, scriptedAnswersOf } from './scripted-answers-for.ts';

const answer = (id: string, requestType: string, usedBy: string[]): ScriptedAnswer => ({
  id,
  requestType,
  usedBy,
  question: 'Q',
  answer: 'A',
  source: '5 CFR 890.1606(e)',
});

describe('scriptedAnswersFor', () => {
  const answers = [
    answer('dates', 'plan-questions', ['helpline', 'retirement-information-office']),
    answer('auto', 'enrollment-help', ['helpline']),
    answer('tcc', 'enrollment-help', ['technical-command-center']),
  ];

  it('keeps the answers of the request type that the partner must use', () => {
    expect(scriptedAnswersFor(answers, 'enrollment-help', 'helpline').map((a) => a.id)).toEqual(['auto']);
  });

  it('shows every answer of the type to the program office, who has no partner', () => {
    expect(scriptedAnswersFor(answers, 'enrollment-help', null).map((a) => a.id)).toEqual(['auto', 'tcc']);
  });

  it('searches every answer the partner uses, whatever the request type', () => {
    expect(scriptedAnswersOf(answers, 'helpline').map((a) => a.id)).toEqual(['dates', 'auto']);
    expect(scriptedAnswersOf(answers, null)).toHaveLength(3);
  });
});
