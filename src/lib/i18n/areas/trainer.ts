/** UI strings of the trainer area, French first; English typed against French so a missing key fails the type check. */
export const trainerFr = {} as const;

export const trainerEn: Record<keyof typeof trainerFr, string> = {};
