// The page's <h1>, also set as the document title, and focused after a navigation so screen-reader and
// keyboard users start at the new page's heading rather than wherever the last page left them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} | ${t('appName')}`;
  }, [children, t]);
  useEffect(() => {
    // Only after an in-app navigation: on a first load, the browser's own start is right.
    if (window.history.state?.idx > 0) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="margin-top-0">
      {children}
    </h1>
  );
}
