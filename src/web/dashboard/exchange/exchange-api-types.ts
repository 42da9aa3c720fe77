// The exchange API's answers as the screens read them (src/server/exchange-schemas.ts has the source).

export interface ExchangePartner {
  readonly code: string;
  readonly id: string;
  readonly name: string;
  readonly kind: 'carrier' | 'agency';
  readonly planCodes: readonly string[];
  readonly acknowledgmentWithinHours: number | null;
}

export type FileStatus =
  'written' | 'delivered' | 'accepted' | 'partially_accepted' | 'rejected' | 'unacknowledged';

/** Where a file's acknowledgment stands, with the partner's deadline in mind. */
export type AcknowledgmentState =
  'accepted' | 'partially_accepted' | 'rejected' | 'awaiting' | 'overdue' | 'not_expected';

export interface ExchangeFile {
  readonly id: number;
  readonly partner: string;
  readonly direction: 'outbound' | 'inbound';
  readonly kind: string;
  readonly fileName: string;
  readonly status: FileStatus;
  readonly asOf: string;
  readonly createdAt: string;
  readonly memberCount: number;
  readonly acknowledgmentState: AcknowledgmentState;
  /** The partner's deadline for its 999 (ISO instant), or null when none is expected. */
  readonly acknowledgmentDueAt: string | null;
}

export interface FilePage {
  readonly items: readonly ExchangeFile[];
  readonly nextCursor: string | null;
}

export type AgeBucket = '0-30' | '31-60' | '61-90' | 'over-90';

export interface AgedDiscrepancy {
  readonly id: number;
  readonly carrier: string;
  readonly memberId: string;
  readonly kind: string;
  readonly exchangeValue: string | null;
  readonly carrierValue: string | null;
  readonly openedOn: string;
  readonly owner: string | null;
  readonly days: number;
  readonly bucket: AgeBucket;
}

export interface OpenDiscrepancies {
  readonly asOf: string;
  readonly buckets: readonly { readonly bucket: AgeBucket; readonly count: number }[];
  readonly items: readonly AgedDiscrepancy[];
  /** The next page's cursor; null on the last page. */
  readonly nextCursor: string | null;
}

export interface ToldEvent {
  readonly fileId: number;
  readonly fileName: string;
  readonly fileStatus: string;
  readonly sentAt: string;
  readonly segmentPosition: number;
  readonly eventType: string | null;
  readonly enrollmentCode: string | null;
  readonly effectiveOn: string | null;
}

export interface MemberHistory {
  readonly partner: string;
  readonly memberId: number;
  readonly events: readonly ToldEvent[];
}

export interface ExchangeException {
  readonly id: number;
  readonly partner: string;
  readonly kind: string;
  readonly fileId: number | null;
  readonly memberId: string | null;
  readonly segmentId: string | null;
  readonly element: string | null;
  readonly errorCode: string | null;
  readonly openedOn: string;
  readonly owner: string | null;
  readonly resolvedOn: string | null;
  readonly resolution: string | null;
}

export interface ExceptionList {
  readonly items: readonly ExchangeException[];
}
