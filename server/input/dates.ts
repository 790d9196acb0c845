/** The `date` argument of the reads « as the network stood that day ». */
import { badInput } from '../errors.ts';
import { parseCalendarDate, today } from '../french-codes.ts';

/**
 * The day asked for, as `AAAA-MM-JJ`, or null when none is (today's network, the fast path).
 * Refuses anything but a real calendar day between 1800 and today.
 */
export function networkDate(value: string | null | undefined, field = 'date'): string | null {
  if (value == null) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseCalendarDate(value) : null;
  if (!date || date > today()) {
    throw badInput(
      `« ${field} » : date invalide ou dans le futur (attendu AAAA-MM-JJ, au plus aujourd’hui)`,
      `"${field}": invalid or future date (expected YYYY-MM-DD, today at the latest)`,
      { field },
    );
  }
  return date;
}
