import {
  certificateExpiry,
  CERTIFIED_MIN_STARS,
  parseProvinceResult,
  type ProvinceResultRequest,
  type Stars,
  starsFor,
  type Validated,
} from '@ocop/domain';
import { parseDayText } from '../../shared/day-text';
import { parseScoreText } from '../evaluation-text';

export type ProvinceResultField =
  'score' | 'decisionNumber' | 'decisionDate' | 'certificateNumber' | 'certificateDate';

/** The form as typed: text, dates as dd/MM/yyyy, the score with a decimal comma or dot. */
export type ProvinceResultInput = Record<ProvinceResultField, string>;

export const EMPTY_PROVINCE_RESULT: ProvinceResultInput = {
  score: '',
  decisionNumber: '',
  decisionDate: '',
  certificateNumber: '',
  certificateDate: '',
};

/** What the typed form means: the stars and the certificate's expiry follow the domain's rules. */
export interface ProvinceResultReading {
  score: number | null;
  stars: Stars | null;
  /** From 3 stars a certificate is issued, so its number and date are required. */
  certified: boolean;
  /** 'yyyy-MM-dd', 36 months after the certificate date. */
  expiresOn: string | null;
}

export function readProvinceResult(input: ProvinceResultInput): ProvinceResultReading {
  const score = parseScoreText(input.score);
  const stars = score !== null && score >= 0 && score <= 100 ? starsFor(score) : null;
  const certified = stars !== null && stars >= CERTIFIED_MIN_STARS;
  const certificateDate = parseDayText(input.certificateDate);
  return {
    score,
    stars,
    certified,
    expiresOn: certified && certificateDate ? certificateExpiry(certificateDate) : null,
  };
}

/**
 * The request the form makes, checked by the domain's rules (the API applies the same): the typed text is
 * only turned into numbers and 'yyyy-MM-dd' here; what is typed wrong is passed on as typed, so the rules
 * name the problem. Below 3 stars the certificate fields are left out (nothing would record them).
 */
export function checkProvinceResult(
  input: ProvinceResultInput,
  version: number,
): Validated<ProvinceResultRequest> {
  const reading = readProvinceResult(input);
  const day = (text: string): string | null => parseDayText(text) ?? (text.trim() || null);
  return parseProvinceResult({
    score: reading.score ?? (input.score.trim() || undefined),
    decisionNumber: input.decisionNumber,
    decisionDate: day(input.decisionDate),
    certificateNumber: reading.certified ? input.certificateNumber : null,
    certificateDate: reading.certified ? day(input.certificateDate) : null,
    version,
  });
}
