// The call timer's arithmetic: time on the call is the time it ran, pauses left out, shown as m:ss (or
// h:mm:ss past an hour), as agent desktops do for handle time.

export interface TimerState {
  /** When it last started running (ms since the epoch), or null while paused. */
  readonly runningSince: number | null;
  /** Time counted before the last start. */
  readonly countedMs: number;
}

export const startedAt = (now: number): TimerState => ({ runningSince: now, countedMs: 0 });

export function elapsedMs(state: TimerState, now: number): number {
  return state.countedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

export function paused(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? state : { runningSince: null, countedMs: elapsedMs(state, now) };
}

export function resumed(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

/** m:ss under an hour, h:mm:ss from an hour. */
export function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
