// Whether a plan option is offered where a person lives. A nationwide option is offered everywhere; a
// regional one (an HMO, say) only in the states of its service area. The areas are OPM determinations
// supplied with the plan catalogue (docs: 5 CFR 890.1605(c), "the same geographic area"), never inferred
// here: an option's `regions` lists the two-letter codes of the states it serves.

/** What the rule reads of a catalogue option or a plan offer. */
export interface ServiceArea {
  readonly serviceArea: 'nationwide' | 'regional';
  readonly regions: readonly string[];
}

/**
 * Whether the option serves a person living in `state` (a two-letter code); a person with no state on
 * record (living abroad, say) is served by nationwide options only.
 */
export function offeredIn(option: ServiceArea, state: string | null): boolean {
  if (option.serviceArea === 'nationwide') return true;
  return state !== null && option.regions.includes(state.toUpperCase());
}
