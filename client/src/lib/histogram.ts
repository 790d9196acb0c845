/** Labels of the adhérents histogram classes: `[0, 50)` → `0 à 49`, `[2000, ∞)` → `2 000 et plus`. */
import { nombre } from './format.ts';

export function bucketLabel(bucket: { min: number; max?: number | null }): string {
  if (bucket.max === null || bucket.max === undefined) return `${nombre(bucket.min)} et plus`;
  if (bucket.max - 1 <= bucket.min) return nombre(bucket.min);
  return `${nombre(bucket.min)} à ${nombre(bucket.max - 1)}`;
}
