// The help desk's reference data (GET support/desk): the wrap-up codes a case is closed with and the
// knowledge base, each in the reader's language where the file has it.
import type { KnowledgeBase, WrapUpCodes } from '../../support/desk/desk-reference.ts';
import { useApi } from '../api/use-api.ts';

export type { KnowledgeBase, WrapUpCodes };
export type KnowledgeArticle = KnowledgeBase['articles'][number];

export interface SupportDesk {
  readonly wrapUpCodes: WrapUpCodes;
  readonly knowledgeBase: KnowledgeBase;
}

export function useDesk() {
  return useApi<SupportDesk>('support/desk');
}

/** A wrap-up code's name in the language asked for when the list has it, else its English. */
export function wrapUpName(code: WrapUpCodes['codes'][number], language: string): string {
  return (language === 'en' ? undefined : code.translations?.[language]?.name) ?? code.name;
}
