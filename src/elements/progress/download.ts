/** Offers text as a file download (export, backup), without a server. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for a backup key: board-academy-progress-backup-2025-03-01T09-30-00.000Z.json. */
export const backupFileName = (key: string): string =>
  `board-academy-progress-backup-${key.slice(key.lastIndexOf(':backup:') + 8).replace(/[^\w.-]/g, '-')}.json`;
