/** Programmes: schema (build time), timing and reference checks, agenda times, presenter sections. */
export { agendaSlots, DEFAULT_START, durationParts, formatClock, MINUTES_PER_DAY, parseClock, type Slot } from './agenda';
export { referenceProblems, timingProblems, type KnownIds, type SessionReferences, type SessionTiming } from './checks';
