// For the score sheet's specs. Free of jasmine and of @ocop/common/testing, so the app's type check can
// include it.
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';

/**
 * The request once the page has sent it: ApiClient waits for the token first, and autosave for its
 * debounce, so a spec cannot expect it at a fixed moment. Fails after `timeoutMs`.
 */
export async function sentRequest(
  http: HttpTestingController,
  method: string,
  url: string,
  timeoutMs = 2000,
): Promise<TestRequest> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = http.match((r) => r.method === method && r.url === url)[0];
    if (found) return found;
    if (Date.now() > end) throw new Error(`No ${method} ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
