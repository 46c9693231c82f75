/** Just enough of XMLHttpRequest for an upload: records what is sent, lets the test play the server. */
export class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  readyState = 0;
  status = 0;
  responseText = '';
  aborted = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  send(body: unknown): void {
    this.body = body;
  }
  abort(): void {
    this.aborted = true;
    this.readyState = 4;
  }

  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
  }
  respond(status: number, body: unknown): void {
    this.readyState = 4;
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
  fail(): void {
    this.readyState = 4;
    this.onerror?.();
  }
}

/** A provider value for UPLOAD_XHR that makes FakeXhr instances and hands each to `made`. */
export function fakeXhrFactory(made: (xhr: FakeXhr) => void): () => XMLHttpRequest {
  return () => {
    const xhr = new FakeXhr();
    made(xhr);
    return xhr as unknown as XMLHttpRequest;
  };
}
