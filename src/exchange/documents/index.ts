// Part B exception documents: sent by the person, kept encrypted, reviewed by staff (5 CFR 890.1604(e)).
export { DOCUMENT_CONTENT_FIELD, sendPartBDocument, type PartBDocumentSent } from './send-part-b-document.ts';
export {
  documentsAwaitingReview,
  documentsOfPerson,
  findPartBDocument,
  partBDocumentContent,
  reviewPartBDocument,
  type PartBDocumentReview,
} from './review-part-b-document.ts';
