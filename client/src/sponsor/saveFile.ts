/** How long a saved file's object URL lives: long enough for every browser to have started reading it. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/**
 * Hands a fetched file to the browser's download manager: an object URL clicked through a temporary
 * `<a download>`. The file was fetched with the share link's token in a header, so no URL ever carries it.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}
