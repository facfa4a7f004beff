// Colours of the mechanisms (from the core's reference data) as the badges and the calendar use
// them: the text on a mechanism's colour is black or white, whichever reads better.

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** White or near-black, whichever contrasts more with `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return '#ffffff';
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => channel(parseInt(x ?? '0', 16))) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const withWhite = 1.05 / (l + 0.05);
  const withBlack = (l + 0.05) / 0.05;
  return withWhite >= withBlack ? '#ffffff' : '#111111';
}

/** The grey used for a mechanism the reference data does not know. */
export const UNKNOWN_MECHANISM_COLOUR = '#4f5663';
