// The season's tallies turned into the report: per open day and season-long, the network's and each
// partner's measures; each contingency firing with its clock time; and the balance showing every
// contact is accounted for.
import { DAY, type CompiledPlan } from './compile-plan.ts';
import { describeAction } from './contingencies.ts';
import type { SeasonRun } from './event-loop.ts';
import { DayTally } from './season-tally.ts';
import type {
  Conservation,
  DayReport,
  Measures,
  NetworkMeasures,
  SimulationReport,
} from './simulation-report.ts';

export function seasonReport(compiled: CompiledPlan, run: SeasonRun): SimulationReport {
  const { plan, curve, tiers, referralPartners } = compiled;
  const target = plan.serviceTarget;
  const meets = (m: Measures): boolean => m.serviceLevel === null || m.serviceLevel >= target.serviceLevel;
  const days: DayReport[] = [];
  curve.days.forEach((day, d) => {
    if (!day.open) return;
    const tally = run.days[d]!;
    const net = networkMeasures(tally.network, tally.referred, referralPartners);
    days.push({
      date: day.date,
      network: net,
      partners: Object.fromEntries(tiers.map((tier, t) => [tier.partner, measures(tally.partners[t]!)])),
      meetsTarget: meets(net),
    });
  });
  const totalReferred = new Float64Array(referralPartners.length);
  for (const day of run.days)
    for (let r = 0; r < referralPartners.length; r++) totalReferred[r]! += day.referred[r]!;
  const seasonNetwork = networkMeasures(sum(run.days.map((d) => d.network)), totalReferred, referralPartners);
  const seasonSl = seasonNetwork.serviceLevel ?? 1;
  return {
    plan: { id: plan.id, name: plan.name, version: plan.version },
    seed: compiled.seed,
    forecastContacts: compiled.forecastContacts,
    staffScale: compiled.scale,
    target: {
      serviceLevel: target.serviceLevel,
      answerWithinSeconds: target.answerWithinSeconds,
      maxAbandonmentRate: target.maxAbandonmentRate,
    },
    partners: tiers.map((tier, t) => ({
      id: tier.partner,
      name: tier.name,
      agents: compiled.groups.reduce((total, g) => total + (g.tier === t ? g.agents : 0), 0),
    })),
    days,
    season: {
      network: seasonNetwork,
      partners: Object.fromEntries(
        tiers.map((tier, t) => [tier.partner, measures(sum(run.days.map((d) => d.partners[t]!)))]),
      ),
      meetsServiceLevel: seasonSl >= target.serviceLevel,
      meetsAbandonment: (seasonNetwork.abandonmentRate ?? 0) <= target.maxAbandonmentRate,
      serviceLevelGap: seasonSl - target.serviceLevel,
      daysMeetingTarget: days.filter((d) => d.meetsTarget).length,
      openDays: days.length,
    },
    contingencies: run.firings.map((f) => {
      const level = plan.contingency.levels[f.level]!;
      return {
        level: level.id,
        name: level.name,
        firedAt: clockText(compiled, f.at),
        trigger: f.trigger,
        value: f.value,
        actions: level.actions.map((action) => describeAction(plan, action)),
        releasedAt: f.releasedAt === null ? null : clockText(compiled, f.releasedAt),
      };
    }),
    conservation: conservation(seasonNetwork, run.waiting),
    events: run.events,
  };
}

function sum(tallies: readonly DayTally[]): DayTally {
  const total = new DayTally();
  for (const tally of tallies) total.add(tally);
  return total;
}

function measures(tally: DayTally): Measures {
  const { offered, handled, staffed } = tally;
  return {
    offered,
    handled,
    answeredWithinTarget: tally.within,
    abandoned: tally.abandoned,
    serviceLevel: offered > 0 ? tally.within / offered : null,
    asaSeconds: handled > 0 ? tally.waitSum / handled : null,
    abandonmentRate: offered > 0 ? tally.abandoned / offered : null,
    occupancy: staffed > 0 ? tally.busy / staffed : null,
    busySeconds: tally.busy,
    callbacksRequested: tally.callbacksRequested,
    callbacksHandled: tally.callbacksHandled,
  };
}

function networkMeasures(
  tally: DayTally,
  referred: Float64Array,
  referralPartners: readonly string[],
): NetworkMeasures {
  return {
    arrivals: tally.arrivals,
    contained: tally.contained,
    referred: Object.fromEntries(referralPartners.map((id, r) => [id, referred[r]!])),
    ...measures(tally),
  };
}

function conservation(season: NetworkMeasures, stillWaiting: number): Conservation {
  const referred = Object.values(season.referred).reduce((a, b) => a + b, 0);
  return {
    arrivals: season.arrivals,
    contained: season.contained,
    referred,
    queued: season.offered,
    handled: season.handled,
    abandoned: season.abandoned,
    callbacksRequested: season.callbacksRequested,
    callbacksHandled: season.callbacksHandled,
    callbacksPending: season.callbacksRequested - season.callbacksHandled,
    balanced:
      season.arrivals === season.contained + referred + season.offered &&
      season.offered === season.handled + season.abandoned + season.callbacksRequested &&
      stillWaiting === 0,
  };
}

/** A moment of the season as Eastern date and time, YYYY-MM-DD HH:MM. */
function clockText(compiled: CompiledPlan, at: number): string {
  const day = Math.min(compiled.dayCount - 1, Math.floor(at / DAY));
  const minutes = Math.round((at - day * DAY) / 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${compiled.curve.days[day]!.date} ${hh}:${mm}`;
}
