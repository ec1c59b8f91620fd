/** Hands a file to the browser as a download (an `<a download>` click: no downloads permission needed). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the data by now; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
