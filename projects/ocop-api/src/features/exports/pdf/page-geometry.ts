/** PDF points per millimetre (72 points per inch). */
export const MM = 72 / 25.4;

/** A4 portrait in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Nghị định 30/2020 margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the minimums here). */
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;

export const TEXT_LEFT = MARGINS.left;
export const TEXT_RIGHT = A4.width - MARGINS.right;
export const TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;
export const TEXT_BOTTOM = A4.height - MARGINS.bottom;
