/** Saves `blob` as `fileName`: a blob URL clicked through a temporary <a download>, revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the click, but some browsers read the URL a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
