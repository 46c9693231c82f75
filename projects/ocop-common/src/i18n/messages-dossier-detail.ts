// Messages of a dossier page: checklist, attachments, actions, timeline; spread into MESSAGES_VI/MESSAGES_EN (messages.ts), same rules.

export const DOSSIER_DETAIL_VI = {} as const;

export const DOSSIER_DETAIL_EN: Record<keyof typeof DOSSIER_DETAIL_VI, string> = {};
