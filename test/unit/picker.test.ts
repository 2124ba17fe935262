import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEEDS, neededBy, stateOf, topicsFor } from '../../src/hotline-list/picker.js';

/** Every topic a bundled line carries. */
function dataTopics(): Set<string> {
  const dir = new URL('../../src/data/regions/', import.meta.url);
  const topics = new Set<string>();
  for (const file of readdirSync(dir)) {
    const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { resources: { topics: string[] }[] };
    for (const resource of data.resources) resource.topics.forEach((t) => topics.add(t));
  }
  return topics;
}

describe('the picker’s needs', () => {
  it('stand only for topics the data has, and every topic but emergency and the general "support" has a need', () => {
    const topics = dataTopics();
    const covered = new Set(NEEDS.flatMap(([t]) => t.split(' ')));
    for (const topic of covered) expect(topics, topic).toContain(topic);
    for (const topic of topics) if (topic !== 'emergency' && topic !== 'support') expect(covered, topic).toContain(topic);
  });

  it('become topics, and topics become checked needs', () => {
    expect(topicsFor([])).toBe('');
    expect(topicsFor([false, true, false, false, true])).toBe('trafficking sexual-assault domestic-violence');
    expect(neededBy('')).toEqual([false, false, false, false, false]);
    // A partner's topics check the needs that hold any of them.
    expect(neededBy('csec')).toEqual([true, false, false, false, false]);
    expect(neededBy('Crisis  TRAFFICKING')).toEqual([false, true, false, true, false]);
    for (let i = 0; i < NEEDS.length; i++) {
      const checked = NEEDS.map((_, j) => j === i);
      expect(neededBy(topicsFor(checked))).toEqual(checked);
    }
  });

  it('finds the state of a code', () => {
    expect(stateOf('us')).toBe('us');
    expect(stateOf('us-tx')).toBe('us-tx');
    expect(stateOf('us-ca-los-angeles')).toBe('us-ca');
  });
});
