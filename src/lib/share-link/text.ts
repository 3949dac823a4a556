/** How every calculator's share link reads numbers and echoes what it refused: one definition for all of them. */

/** Dot-decimal numbers as String(number) writes them, sign and exponent included; never Infinity or NaN. */
export const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The longest refused value echoed back (in characters, not UTF-16 units), so a long link cannot flood a message. */
const RECEIVED_MAX_LENGTH = 60;

export const shorten = (raw: string): string => Array.from(raw).slice(0, RECEIVED_MAX_LENGTH).join('');
