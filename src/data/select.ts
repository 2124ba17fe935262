import { regionCovers, regionDepth } from './regions.js';
import type { Resource } from './types.js';

export function isEmergency(resource: Resource): boolean {
  return resource.topics.includes('emergency');
}

/** Resources for `region` (and every broader region) matching any of `topics`; emergency lines always, first. */
export function selectResources(resources: readonly Resource[], region: string, topics: readonly string[]): Resource[] {
  return resources
    .map((resource, index) => ({ resource, index }))
    .filter(({ resource }) => regionCovers(resource.region, region))
    .filter(({ resource }) => isEmergency(resource) || !topics.length || resource.topics.some((t) => topics.includes(t)))
    .sort(
      (a, b) =>
        Number(isEmergency(b.resource)) - Number(isEmergency(a.resource)) ||
        // The most local help first: the partner chose the region because it is theirs.
        regionDepth(b.resource.region) - regionDepth(a.resource.region) ||
        a.index - b.index,
    )
    .map(({ resource }) => resource);
}

