/**
 * Saves text as a file from an extension page: a Blob URL behind a temporary <a download>, so no
 * "downloads" permission is needed. The URL is let go of once the browser has had time to read it.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
