// The Part B document API's answers, as the portal reads them (src/server/document-routes.ts).
export type DocumentKind = 'residence_abroad' | 'va_enrollment' | 'ihs_eligibility';

export interface PartBDocument {
  readonly id: number;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly mediaType: string;
  readonly byteSize: number;
  readonly receivedOn: string;
  readonly recordedAt: string;
  readonly review: {
    readonly decision: 'accepted' | 'rejected';
    readonly reason: string;
    readonly reviewedOn: string;
  } | null;
}

export interface DocumentRequirements {
  readonly dueOn: string;
  readonly overdue: boolean;
  readonly citations: readonly string[];
  readonly acceptedMediaTypes: readonly string[];
  readonly maxBytes: number;
  readonly mailingAddress: {
    readonly name: string;
    readonly lines: readonly string[];
    readonly city: string;
    readonly state: string;
    readonly zip: string;
  };
}
