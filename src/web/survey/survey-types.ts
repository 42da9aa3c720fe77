// The survey form as GET /api/v1/cx/invitations/:token sends it (src/server/cx-survey-schemas.ts,
// CxSurveyForm) and the receipt of a response (CxSurveyReceipt).

export interface SurveyChoice {
  readonly value: string | number;
  readonly label: string;
}

export interface SurveyQuestion {
  /** trust, positive, negative, legacy.<statement>, text or contact. */
  readonly id: string;
  readonly text: string;
  readonly kind: 'single' | 'multiple' | 'text' | 'contact';
  readonly choices: readonly SurveyChoice[];
}

export interface SurveyFormView {
  readonly surveyId: string;
  readonly version: string;
  readonly kind: 'a11-v2' | 'a11-legacy';
  readonly language: 'en' | 'es';
  readonly title: string;
  readonly pra: {
    readonly ombControlNumber: string;
    readonly expiresOn: string;
    readonly burdenMinutes: number;
    readonly burdenStatement: string;
  };
  readonly questions: readonly SurveyQuestion[];
  readonly freeTextMaxChars: number;
  /** On the 5-point trust scale, the lowest answer counted positive; null on the thumbs scale. */
  readonly trustPositiveFrom: number | null;
}

export interface SurveyReceipt {
  readonly received: true;
  readonly identifiersMasked: number;
  readonly contactRequested: boolean;
}
