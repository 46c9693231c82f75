// Messages of the dossier list and the new-dossier form; spread into MESSAGES_VI/MESSAGES_EN (messages.ts), same rules.

export const DOSSIER_LIST_VI = {} as const;

export const DOSSIER_LIST_EN: Record<keyof typeof DOSSIER_LIST_VI, string> = {};
