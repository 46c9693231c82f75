/**
 * A calendar day 'yyyy-MM-dd' as a local Date at midnight, for the Translator's dd/MM/yyyy. `new Date(text)`
 * would read it as UTC midnight, which is the day before west of Greenwich; null when it is not such a date.
 */
export function localDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}
