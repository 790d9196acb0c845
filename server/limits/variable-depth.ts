/**
 * How deep a request's variables nest. Hashing or printing a value nested thousands deep
 * overflows the stack, so the depth is measured without recursion, before anything else reads
 * the variables. No input type of the schema nests deeper than a filter holding a list.
 */
export const DEFAULT_MAX_VARIABLE_DEPTH = 16;

/** True when `value` holds objects or arrays nested deeper than `max`. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}
