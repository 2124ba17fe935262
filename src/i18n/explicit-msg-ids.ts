/**
 * Stands in for @lit/localize's message-id hashing in the built bundle (see `vite.config.ts`). lit-localize hashes a
 * message's text into an id only when `msg()` has no `{ id }`; every `msg()` here has one (a unit test checks), so
 * the hash function (about 0.2 KB gzip) would never run. Should one slip through, translated pages fail loudly here
 * instead of quietly showing English.
 */
export function generateMsgId(): string {
  throw new Error('heat-widgets: msg() without { id }');
}
