// The shapes the CX pages read from the API: the server's own types, imported as types only (erased
// from the build, so no server code reaches the browser).
import type { Page } from '../../api/api-types.ts';
import type { DueItem } from '../../../exchange/cx/cx-collections.ts';
import type { CommentRow } from '../../../storage/cx/dashboard-reads.ts';

export type { CxTrends, TrendCell, ContactCenterFigures } from '../../../exchange/cx/cx-dashboard.ts';
export type { ActionView, MaturityView, RatingView } from '../../../exchange/cx/maturity-assessment.ts';
export type { CommentRow, DueItem };

export type CommentPage = Page<CommentRow>;

export interface DueList {
  readonly today: string;
  readonly items: readonly DueItem[];
}
