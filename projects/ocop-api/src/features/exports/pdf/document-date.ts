/**
 * 'Văn Quan, ngày 05 tháng 4 năm 2020': Nghị định 30/2020 writes days below 10 and the months 1 and 2 with a
 * leading zero (so that nobody can add a digit), other months without. An empty date leaves blanks for the
 * hand-written date of a draft.
 */
export function placeDateLine(place: string, isoDay: string): string {
  const date = isoDay ? dateWords(isoDay) : 'ngày     tháng     năm';
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** 'ngày 05 tháng 02 năm 2020'. */
export function dateWords(isoDay: string): string {
  const [year, month, day] = isoDay.slice(0, 10).split('-') as [string, string, string];
  const m = Number(month);
  return `ngày ${day} tháng ${m <= 2 ? month : String(m)} năm ${year}`;
}
