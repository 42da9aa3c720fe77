// One interval's staffing: the fewest agents meeting the target under the chosen model, the agents to
// schedule once shrinkage is allowed for, what that staffing achieves, and a sentence or two saying so.
import { erlangA } from './erlang-a.ts';
import { erlangC } from './erlang-c.ts';
import {
  minimumAgentsErlangA,
  minimumAgentsErlangC,
  type Constraint,
  type ServiceTarget,
} from './minimum-agents.ts';
import { checkDemand, type QueueDemand } from './offered-load.ts';
import { scheduledAgents } from './shrinkage.ts';

export interface StaffingRequest extends QueueDemand, ServiceTarget {
  /** Share of scheduled time not spent available for calls, in [0, 1); 0 when absent. */
  readonly shrinkage?: number | undefined;
  /** Callers' mean patience in seconds; when given, Erlang A (callers hang up) replaces Erlang C. */
  readonly patienceSeconds?: number | undefined;
}

export type StaffingModel = 'erlang-c' | 'erlang-a';

export interface StaffingPlan {
  readonly model: StaffingModel;
  readonly inputs: {
    readonly calls: number;
    readonly intervalSeconds: number;
    readonly ahtSeconds: number;
    readonly serviceLevelTarget: number;
    readonly answerWithinSeconds: number;
    readonly maxOccupancy: number | null;
    readonly shrinkage: number;
    readonly patienceSeconds: number | null;
  };
  /** Offered load in Erlangs: the agents the calls would keep busy on average. */
  readonly offeredLoad: number;
  /** The fewest agents on the phones meeting the target (and the occupancy cap). */
  readonly agents: number;
  /** Agents to schedule: agents / (1 - shrinkage), rounded up. */
  readonly scheduled: number;
  readonly limitedBy: Constraint;
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  /** Seconds; mean wait of answered calls, those answered at once counting as 0. */
  readonly averageSpeedOfAnswer: number;
  readonly occupancy: number;
  /** Erlang A only. */
  readonly probabilityOfAbandonment?: number;
  /** Erlang A only: mean seconds in queue over all calls, abandoned ones included. */
  readonly averageWaitOfAllCalls?: number;
  /** The service level one agent fewer would reach, when that is a meaningful staffing. */
  readonly serviceLevelWithOneFewer: number | null;
  readonly explanation: string;
}

/** What the staffing of one interval comes to, before comparing it with one agent fewer and explaining it. */
export interface IntervalFigures {
  readonly model: StaffingModel;
  readonly agents: number;
  readonly limitedBy: Constraint;
  readonly metrics: QueueFigures & {
    /** Erlang A only. */
    readonly probabilityOfAbandonment?: number;
    readonly averageWaitOfAllCalls?: number;
  };
}

/**
 * The fewest agents meeting the target under the model the request calls for, with what they achieve:
 * the plan for one interval, and each interval of a forecast (forecast-staffing.ts).
 */
export function staffInterval(request: StaffingRequest): IntervalFigures {
  const target: ServiceTarget = {
    serviceLevel: request.serviceLevel,
    answerWithinSeconds: request.answerWithinSeconds,
    maxOccupancy: request.maxOccupancy,
  };
  const patience = request.patienceSeconds;
  if (patience === undefined) {
    const { agents, limitedBy, metrics } = minimumAgentsErlangC(request, target);
    return { model: 'erlang-c', agents, limitedBy, metrics };
  }
  const { agents, limitedBy } = minimumAgentsErlangA(request, target, patience);
  const metrics =
    agents === 0
      ? {
          offeredLoad: 0,
          serviceLevel: 1,
          probabilityOfWaiting: 0,
          probabilityOfAbandonment: 0,
          averageSpeedOfAnswer: 0,
          averageWaitOfAllCalls: 0,
          occupancy: 0,
        }
      : erlangA(request, agents, request.answerWithinSeconds, patience);
  return { model: 'erlang-a', agents, limitedBy, metrics };
}

export function planStaffing(request: StaffingRequest): StaffingPlan {
  checkDemand(request);
  const patience = request.patienceSeconds;
  const inputs = {
    calls: request.calls,
    intervalSeconds: request.intervalSeconds,
    ahtSeconds: request.ahtSeconds,
    serviceLevelTarget: request.serviceLevel,
    answerWithinSeconds: request.answerWithinSeconds,
    maxOccupancy: request.maxOccupancy ?? null,
    shrinkage: request.shrinkage ?? 0,
    patienceSeconds: patience ?? null,
  };
  const within = request.answerWithinSeconds;
  const figures = staffInterval(request);
  const { agents, metrics } = figures;

  if (patience === undefined) {
    const fewer = agents - 1 > metrics.offeredLoad ? erlangC(request, agents - 1, within).serviceLevel : null;
    return explained({ ...figures, inputs, fewer });
  }
  const fewer = agents > 1 ? erlangA(request, agents - 1, within, patience).serviceLevel : null;
  return explained({
    ...figures,
    inputs,
    fewer,
    extra: {
      probabilityOfAbandonment: metrics.probabilityOfAbandonment,
      averageWaitOfAllCalls: metrics.averageWaitOfAllCalls,
    },
  });
}

function duration(seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) return seconds === 60 ? '1 minute' : `${seconds / 60} minutes`;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

function agentsWord(count: number): string {
  return count === 1 ? '1 agent' : `${count.toLocaleString('en-US')} agents`;
}

interface QueueFigures {
  readonly offeredLoad: number;
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  readonly averageSpeedOfAnswer: number;
  readonly occupancy: number;
}

/** The plan for either model from its figures, with its explanation. */
function explained(parts: {
  readonly model: StaffingModel;
  readonly inputs: StaffingPlan['inputs'];
  readonly agents: number;
  readonly limitedBy: Constraint;
  readonly metrics: QueueFigures;
  readonly fewer: number | null;
  readonly extra?: Pick<StaffingPlan, 'probabilityOfAbandonment' | 'averageWaitOfAllCalls'>;
}): StaffingPlan {
  const { metrics } = parts;
  const plan = {
    model: parts.model,
    inputs: parts.inputs,
    offeredLoad: metrics.offeredLoad,
    agents: parts.agents,
    scheduled: scheduledAgents(parts.agents, parts.inputs.shrinkage),
    limitedBy: parts.limitedBy,
    serviceLevel: metrics.serviceLevel,
    probabilityOfWaiting: metrics.probabilityOfWaiting,
    averageSpeedOfAnswer: metrics.averageSpeedOfAnswer,
    occupancy: metrics.occupancy,
    ...parts.extra,
    serviceLevelWithOneFewer: parts.fewer,
  };
  return { ...plan, explanation: explain(plan) };
}

function explain(plan: Omit<StaffingPlan, 'explanation'>): string {
  const { inputs } = plan;
  const demand =
    `${inputs.calls.toLocaleString('en-US')} calls in ${duration(inputs.intervalSeconds)}, each taking ` +
    `${duration(inputs.ahtSeconds)} on average, keep ${plan.offeredLoad.toFixed(2)} agents busy on average.`;
  if (plan.agents === 0) return `${demand} With no calls expected, no agents are needed.`;
  const model =
    plan.model === 'erlang-c'
      ? 'Assuming callers wait as long as it takes (Erlang C)'
      : `Assuming callers hang up after ${duration(inputs.patienceSeconds ?? 0)} of waiting on average (Erlang A)`;
  const target = `the target of ${percent(inputs.serviceLevelTarget)} within ${duration(inputs.answerWithinSeconds)}`;
  const fewer =
    plan.serviceLevelWithOneFewer === null
      ? ''
      : `; ${agentsWord(plan.agents - 1)} would answer ${percent(plan.serviceLevelWithOneFewer)}`;
  const reason =
    plan.limitedBy === 'max-occupancy'
      ? ` More agents than the target alone needs are kept so that occupancy stays at or under ${percent(inputs.maxOccupancy ?? 1)}.`
      : '';
  const abandon =
    plan.probabilityOfAbandonment === undefined
      ? ''
      : ` ${percent(plan.probabilityOfAbandonment)} of callers hang up before an agent answers.`;
  const schedule =
    inputs.shrinkage > 0
      ? ` With ${percent(inputs.shrinkage)} of scheduled time lost to breaks, training and absence, schedule ` +
        `${agentsWord(plan.scheduled)} so that ${plan.agents.toLocaleString('en-US')} are on the phones.`
      : '';
  return (
    `${demand} ${model}, ${agentsWord(plan.agents)} answer ${percent(plan.serviceLevel)} of calls within ` +
    `${duration(inputs.answerWithinSeconds)}, meeting ${target}${fewer}.${reason} ` +
    `${percent(plan.probabilityOfWaiting)} of callers wait at all, answered calls wait ` +
    `${plan.averageSpeedOfAnswer.toFixed(1)} seconds on average, and agents spend ${percent(plan.occupancy)} ` +
    `of their time on calls.${abandon}${schedule}`
  );
}
