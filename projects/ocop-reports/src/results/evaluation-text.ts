/** The dossier module's page of a dossier (`<basePath>/dossiers/<id>`). */
export function dossierUrl(basePath: string, dossierId: string): string {
  return `${basePath.replace(/\/+$/, '')}/dossiers/${dossierId}`;
}

/**
 * A score typed the Vietnamese way ("76,33") or with a dot, as a number; null when it is not a number. Its
 * range and decimals are the domain's to judge (parseProvinceResult).
 */
export function parseScoreText(text: string): number | null {
  const match = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(text);
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : null;
}
