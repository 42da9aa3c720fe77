// The worker thread simulations run in, off the thread that answers requests (simulation-pool.ts).
// Plain JavaScript, so any Node.js can start it; it loads the TypeScript simulation through tsx.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { resolveSupportPlan } = await import('../plan/load-plan.ts');
const { simulateSeason } = await import('./simulate.ts');

parentPort.on('message', (job) => {
  try {
    const { plan } = resolveSupportPlan(job.plan);
    const report = simulateSeason(plan, job.options);
    parentPort.postMessage({ id: job.id, report });
  } catch (error) {
    parentPort.postMessage({
      id: job.id,
      error: { code: error?.code, message: String(error?.message ?? error) },
    });
  }
});
