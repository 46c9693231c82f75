/**
 * A list's API query as export params: every value set, as text, without the paging (`limit`, `offset`),
 * since an export carries every row the filters select.
 */
export function exportParamsOf(query: object): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
    if (name === 'limit' || name === 'offset' || name === 'page') continue;
    if (value === undefined || value === null || value === '') continue;
    params[name] = String(value as string | number | boolean);
  }
  return params;
}
