// Messages of producers and products (registration forms, idea registration, photos); spread into MESSAGES_VI/MESSAGES_EN (messages.ts), same rules.

export const CATALOG_VI = {} as const;

export const CATALOG_EN: Record<keyof typeof CATALOG_VI, string> = {};
