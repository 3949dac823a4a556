/** The value of a finance result whose input the calculator already validated; anything else is a programming error. */
export function unwrap<T>(outcome: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!outcome.ok) throw new RangeError(`calculator given an invalid state (${outcome.reason})`);
  return outcome.value;
}
