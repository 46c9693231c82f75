import { DISTRICT_IN_VIEW_HEADER } from '@ocop/domain';
import { OcopAuth } from '../host/ocop-auth';

/**
 * The headers every request to the OCOP API carries, whoever sends it (ApiClient through HttpClient, an
 * upload through XMLHttpRequest for its progress events): the bearer token, refreshed first when it expires
 * within 30 s, and the district a province-wide user is looking at.
 */
export async function apiRequestHeaders(
  auth: OcopAuth | undefined,
  viewedDistrict: string | null,
): Promise<Record<string, string>> {
  const token = auth ? await auth.getToken(30) : '';
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  if (viewedDistrict) headers[DISTRICT_IN_VIEW_HEADER] = viewedDistrict;
  return headers;
}

/** The API base URL and a path ('/dossiers/1'), whatever trailing slashes the base has. */
export function apiUrl(apiBaseUrl: string, path: string): string {
  return apiBaseUrl.replace(/\/+$/, '') + path;
}
