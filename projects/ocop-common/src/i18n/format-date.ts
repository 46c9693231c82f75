/** dd/MM/yyyy HH:mm in the user's time zone, as Vietnamese offices write dates. */
export function formatDateTimeVi(iso: string): string {
  const d = new Date(iso);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
