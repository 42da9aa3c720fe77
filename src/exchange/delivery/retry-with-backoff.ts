// A transfer that fails (a connection cut, a server restarting) is tried again after a pause that
// doubles each time; the last failure is what the caller sees.

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  readonly firstDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 2_000 };

export async function retryWithBackoff<T>(
  policy: RetryPolicy,
  work: (attempt: number) => Promise<T>,
  onFailure?: (error: unknown, attempt: number) => void,
): Promise<{ readonly value: T; readonly attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await work(attempt), attempts: attempt };
    } catch (error) {
      onFailure?.(error, attempt);
      if (attempt >= policy.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, policy.firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}
