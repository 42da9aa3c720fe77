// What a simulation reports: per day and partner the contacts offered, handled and abandoned, service
// level, average speed of answer, abandonment and occupancy; season totals; each contingency level's
// firings; and the balance showing every contact is accounted for.

export interface Measures {
  /** Contacts that joined the queue (network) or were offered to this partner's agents. */
  readonly offered: number;
  /** Answered live by an agent. */
  readonly handled: number;
  readonly answeredWithinTarget: number;
  readonly abandoned: number;
  /** answeredWithinTarget / offered; null with nothing offered. */
  readonly serviceLevel: number | null;
  /** Mean queue wait of answered contacts, in seconds. */
  readonly asaSeconds: number | null;
  /** abandoned / offered. */
  readonly abandonmentRate: number | null;
  /** Agents' busy time / their time on the phones while open. */
  readonly occupancy: number | null;
  /** Agents' time busy on contacts, in seconds: the handle time of the contacts handled. */
  readonly busySeconds: number;
  readonly callbacksRequested: number;
  readonly callbacksHandled: number;
}

export interface NetworkMeasures extends Measures {
  /** Contacts reaching the phone menu. */
  readonly arrivals: number;
  /** Resolved by the menu's self-service. */
  readonly contained: number;
  /** Referred by the menu to a partner's own line, by partner. */
  readonly referred: Readonly<Record<string, number>>;
}

export interface DayReport {
  readonly date: string;
  readonly network: NetworkMeasures;
  readonly partners: Readonly<Record<string, Measures>>;
  readonly meetsTarget: boolean;
}

export interface ContingencyFiring {
  readonly level: string;
  readonly name: string;
  /** Eastern time, YYYY-MM-DD HH:MM. */
  readonly firedAt: string;
  readonly trigger: string;
  readonly value: number;
  readonly actions: readonly string[];
  readonly releasedAt: string | null;
}

export interface Conservation {
  readonly arrivals: number;
  readonly contained: number;
  readonly referred: number;
  readonly queued: number;
  readonly handled: number;
  readonly abandoned: number;
  readonly callbacksRequested: number;
  readonly callbacksHandled: number;
  readonly callbacksPending: number;
  /** arrivals = contained + referred + handled + abandoned + callbacksRequested, and callbacks balance. */
  readonly balanced: boolean;
}

export interface SimulationReport {
  readonly plan: { readonly id: string; readonly name: string; readonly version: string };
  readonly seed: number;
  readonly forecastContacts: number;
  readonly staffScale: number;
  readonly target: {
    readonly serviceLevel: number;
    readonly answerWithinSeconds: number;
    readonly maxAbandonmentRate: number;
  };
  readonly partners: readonly { readonly id: string; readonly name: string; readonly agents: number }[];
  readonly days: readonly DayReport[];
  readonly season: {
    readonly network: NetworkMeasures;
    readonly partners: Readonly<Record<string, Measures>>;
    readonly meetsServiceLevel: boolean;
    readonly meetsAbandonment: boolean;
    /** Season service level minus the target (negative when short of it). */
    readonly serviceLevelGap: number;
    readonly daysMeetingTarget: number;
    readonly openDays: number;
  };
  readonly contingencies: readonly ContingencyFiring[];
  readonly conservation: Conservation;
  readonly events: number;
}
