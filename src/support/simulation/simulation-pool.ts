// Simulations run in one worker thread, one at a time, so a large one never holds up the thread that
// answers requests (the health check, everyone else's reads). A bounded number may wait; more are
// refused with RATE_LIMITED instead of piling up. The worker starts at the first simulation and does
// not keep the process alive.
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, PshbError, type ErrorCode } from '../../errors.ts';
import type { SimulationOptions } from './simulate.ts';
import type { SimulationReport } from './simulation-report.ts';

export type WorkerSimulationOptions = Omit<SimulationOptions, 'onProgress'>;

interface Pending {
  readonly resolve: (report: SimulationReport) => void;
  readonly reject: (error: Error) => void;
}

type Answer =
  { id: number; report: SimulationReport } | { id: number; error: { code?: string; message: string } };

export const DEFAULT_SIMULATION_QUEUE = 4;

export class SimulationPool {
  private readonly maxWaiting: number;
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `maxWaiting`: simulations that may wait behind the running one. */
  constructor(maxWaiting = DEFAULT_SIMULATION_QUEUE) {
    this.maxWaiting = maxWaiting;
  }

  /** Simulates a shipped plan (by name) in the worker. */
  simulate(plan: string, options: WorkerSimulationOptions): Promise<SimulationReport> {
    if (this.pending.size > this.maxWaiting)
      return Promise.reject(
        new PshbError(
          'RATE_LIMITED',
          `${this.pending.size} simulations are already running or waiting; try again shortly`,
        ),
      );
    const id = this.nextId++;
    return new Promise<SimulationReport>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.started().postMessage({ id, plan, options });
    });
  }

  /** Stops the worker; simulations still waiting are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new PshbError('INTERNAL_ERROR', 'the server is stopping'));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./simulation-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (answer: Answer) => this.answer(answer));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error('the simulation worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private answer(answer: Answer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    if ('report' in answer) pending.resolve(answer.report);
    else pending.reject(errorOf(answer.error));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** A PshbError thrown in the worker keeps its code; anything else is a failure. */
function errorOf(error: { code?: string; message: string }): Error {
  return error.code && error.code in ERROR_CODES
    ? new PshbError(error.code as ErrorCode, error.message)
    : new Error(error.message);
}
