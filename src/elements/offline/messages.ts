/** The UI strings offline saving reads from the page (OfflineMessages.astro). */
import type { MessageKey } from '../../lib/i18n';

export const OFFLINE_KEYS = [
  'offline.checking',
  'offline.saving',
  'offline.saved',
  'offline.notSaved',
  'offline.partial',
  'offline.removed',
  'offline.failed',
  'offline.reason.offline',
  'offline.reason.network',
  'offline.reason.status',
  'offline.reason.quota',
  'offline.unsupported',
  'offline.card.available',
  'offline.card.unavailable',
] as const satisfies readonly MessageKey[];

export type OfflineKey = (typeof OFFLINE_KEYS)[number];
