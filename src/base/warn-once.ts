/**
 * Keys already warned about, shared by every copy of heat-widgets on the page (the script included twice, the module
 * and the classic build, the loader chunk's own copy of this module): one page, one set.
 */
const warned: Set<string> = ((globalThis as { [key: symbol]: Set<string> })[Symbol.for('heat-widgets.warned')] ??= new Set());

/**
 * One console warning per `key` per page: partners read the console, and a list that re-renders must not flood it.
 * Keys start with the warning's owner (`define`, `data:`, `heat-widgets: <tag>.property`, …) so that owners never
 * silence each other.
 */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
