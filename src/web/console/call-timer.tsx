// The call timer on the workspace: how long the specialist has been on this case since opening it, to
// pause while the caller is on hold and restart for a new call. It is the specialist's own aid; nothing
// of it is recorded.
import { Button } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText, elapsedMs, paused, resumed, startedAt, type TimerState } from './call-timer.ts';

export function CallTimer() {
  const { t } = useTranslation('console');
  const [timer, setTimer] = useState<TimerState>(() => startedAt(Date.now()));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timer.runningSince]);
  const running = timer.runningSince !== null;
  const text = clockText(elapsedMs(timer, now));
  return (
    <div className="display-flex flex-wrap flex-align-center margin-bottom-2">
      <span id="call-timer-label" className="text-bold margin-right-1">
        {t('timer.label')}
      </span>
      {/* A timer, not a live region: a screen reader reads it when asked, not every second. */}
      <span
        role="timer"
        aria-labelledby="call-timer-label"
        className="font-mono-md margin-right-2"
        data-testid="call-timer"
      >
        {text}
      </span>
      <Button
        type="button"
        unstyled
        className="margin-right-2"
        onClick={() => {
          const at = Date.now();
          setNow(at);
          setTimer((current) => (running ? paused(current, at) : resumed(current, at)));
        }}
        data-testid="call-timer-toggle"
      >
        {running ? t('timer.pause') : t('timer.resume')}
      </Button>
      <Button
        type="button"
        unstyled
        onClick={() => {
          const at = Date.now();
          setNow(at);
          setTimer(startedAt(at));
        }}
      >
        {t('timer.restart')}
      </Button>
      {running ? null : <span className="margin-left-2 text-italic">{t('timer.paused')}</span>}
    </div>
  );
}
