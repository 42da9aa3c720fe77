import { describe, expect, it } from 'vitest';
import { scheduledAgents } from './shrinkage.ts';

describe('scheduled agents with shrinkage', () => {
  it('14 agents at 30% shrinkage need 20 scheduled, not 21 from floating-point noise', () => {
    expect(scheduledAgents(14, 0.3)).toBe(20);
    expect(scheduledAgents(15, 0.3)).toBe(22);
  });

  it('rounds up any real remainder and leaves whole numbers alone without shrinkage', () => {
    expect(scheduledAgents(10, 0.25)).toBe(14);
    expect(scheduledAgents(7, 0)).toBe(7);
    expect(scheduledAgents(0, 0.3)).toBe(0);
  });

  it('refuses shrinkage of 100% or more', () => {
    expect(() => scheduledAgents(5, 1)).toThrow(RangeError);
    expect(() => scheduledAgents(5, -0.1)).toThrow(RangeError);
  });
});
