/** A file name for a backup key (storage.ts BACKUP_PREFIX): board-academy-progress-backup-2025-03-01T09-30-00.000Z.json. */
export const backupFileName = (key: string): string =>
  `board-academy-progress-backup-${key.slice(key.lastIndexOf(':backup:') + 8).replace(/[^\w.-]/g, '-')}.json`;
