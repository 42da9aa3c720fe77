// The survey area: /survey/:token, open to anyone with an invitation's link, signed in or not. Its
// strings are their own namespace (locales/<lang>/survey.json), loaded with this chunk.
import { Route, Routes } from 'react-router';
import surveyEn from '../i18n/locales/en/survey.json';
import surveyEs from '../i18n/locales/es/survey.json';
import { addAreaTranslations } from '../i18n/i18n.ts';
import { RefusalPage } from './survey-outcome.tsx';
import { SurveyPage } from './survey-page.tsx';

addAreaTranslations('survey', { en: surveyEn, es: surveyEs });

export default function SurveyArea() {
  return (
    <Routes>
      <Route path=":token" element={<SurveyPage />} />
      <Route path="*" element={<RefusalPage refusal="notFound" />} />
    </Routes>
  );
}
