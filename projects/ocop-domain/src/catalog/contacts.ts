/**
 * Phone numbers and e-mail addresses of producers. Officers copy them from paper forms written every which
 * way ("0912.345.678", "(0205) 3812 345", "+84 912 345 678"); one stored form makes them comparable and
 * lets every screen print them the same way.
 */

// Since the 2017–2018 renumbering: mobiles are 0 + 3/5/7/8/9 + 8 digits; landlines 02 + area code + number,
// 11 digits in all (Lạng Sơn: 0205).
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
// What people put between the digits; anything else (letters, a second number after a slash) is refused.
const PHONE_SEPARATORS = /[\s.()-]/g;

/** The number in national form, digits only ('0912345678'), or null when it is not a Vietnamese number. */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(PHONE_SEPARATORS, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  // 84… without the plus: no national number starts with 8 after its leading 0, so this is the country code.
  else if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`;
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : null;
}

/** A stored number grouped for reading: mobiles 4-3-3 ('0912 345 678'), landlines 4-4-3 ('0205 3812 345'). */
export function formatPhone(phone: string): string {
  if (MOBILE.test(phone)) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  if (LANDLINE.test(phone)) return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
  return phone;
}

export const MAX_EMAIL_LENGTH = 254;

// ASCII only: a Vietnamese letter in an address is, in practice, a typing slip ("hợptác@…"), not an
// internationalised mailbox.
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** The address in lower case, or null when it is not one. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email) || email.includes('..')) return null;
  return email.toLowerCase();
}
