/** Shared guard for discount rates given in percent. */
export function assertRatePercent(ratePercent: number): void {
  // At −100 % the discount factor (1 + r)^t is 0 (division by zero); below it the sign alternates.
  if (!Number.isFinite(ratePercent) || ratePercent <= -100) {
    throw new RangeError(`discount rate must be a finite percentage above -100, got ${ratePercent}`);
  }
}
