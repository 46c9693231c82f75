/** Numbers the way Vietnamese documents print them: '.' between thousands, ',' before decimals. */
export function integerText(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 0 });
}

/** 45.5 → '45,5%'. */
export function percentText(value: number): string {
  return `${value.toLocaleString('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 1 })}%`;
}

/** 'yyyy-MM-dd' → 'dd/MM/yyyy'; '' for null. */
export function dayText(day: string | null): string {
  if (!day) return '';
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}/${month}/${year}`;
}

/** '2020-Q2' → 'Quý II/2020'; '' for null. */
export function quarterText(dueQuarter: string | null): string {
  const match = dueQuarter ? /^(\d{4})-Q([1-4])$/.exec(dueQuarter) : null;
  if (!match) return dueQuarter ?? '';
  return `Quý ${['I', 'II', 'III', 'IV'][Number(match[2]) - 1]}/${match[1]}`;
}
