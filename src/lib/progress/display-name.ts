/** The learner's display name: plain text, one line, at most MAX_DISPLAY_NAME characters. */
import { MAX_DISPLAY_NAME } from './limits';

// Control characters and bidirectional overrides, which could hide or reorder text on a certificate.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `input` trimmed, spaces collapsed, invisible controls removed, cut to MAX_DISPLAY_NAME characters (never mid-character). */
export function cleanDisplayName(input: string): string {
  const oneLine = input.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return [...oneLine].slice(0, MAX_DISPLAY_NAME).join('').trim();
}
