// A real access token of a demo user (password grant of the test-only client of the dev realm), as the API
// verifies it in production.
import { URLSearchParams } from 'node:url';

export async function token(keycloakUrl, username) {
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: 'ocop-test-only',
    username,
    password: 'ocop-demo',
  });
  const response = await fetch(`${keycloakUrl}/realms/langson/protocol/openid-connect/token`, {
    method: 'POST',
    body,
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}
