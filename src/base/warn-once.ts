const warned = new Set<string>();

/**
 * One console warning per `key` per page: partners read the console, and a list that re-renders must not flood it.
 * Keys start with the warning's owner (`define:`, `data:`, …) so that owners never silence each other.
 */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
