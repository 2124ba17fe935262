import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property` and `@state` for what we use: TypeScript's experimental decorators on class fields. For a field,
 * Lit's own decorator does exactly this (it calls the class's `createProperty`); the rest of it serves standard
 * decorators (accessors, setters, decorator metadata), which we never use and which cost every page about 0.3 KB gzip.
 * The element tests exercise every property through these.
 */
export const property =
  (options?: PropertyDeclaration) =>
  // `_descriptor?: undefined`: TypeScript refuses these on a getter or setter, where Lit's own decorator would also
  // have to hand a descriptor back.
  (proto: ReactiveElement, name: string, _descriptor?: undefined): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** A private reactive field: re-renders when set, never an attribute. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
