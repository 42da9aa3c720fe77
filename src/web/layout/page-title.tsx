// The page's <h1>, also set as the document title, and focused after a navigation so screen-reader and
// keyboard users start at the new page's heading rather than wherever the last page left them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to the page's name and the app's; null leaves it to the page. */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  useEffect(() => {
    if (title !== null) document.title = `${title} | ${t('appName')}`;
  }, [title, t]);
}

export function PageTitle({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(children);
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
