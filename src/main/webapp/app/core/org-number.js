// Organisation numbers as the registers check them: Norway's 9-digit organisasjonsnummer (MOD11, weights
// 3 2 7 6 5 4 3 2) and Denmark's 8-digit CVR-nummer (MOD11, weights 2 7 6 5 4 3 2 1, sum divisible by 11).
const NO_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const DK_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** null when valid; otherwise the message key of what is wrong. Spaces are allowed as the registers print them. */
export function orgNumberProblem(country, typed) {
  const digits = (typed || '').replace(/\s/g, '');
  if (!digits) return 'validation.required';
  if (country === 'DK') {
    if (!/^\d{8}$/.test(digits)) return 'orgNumber.dkLength';
    const sum = DK_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
    return sum % 11 === 0 ? null : 'orgNumber.checkDigit';
  }
  if (!/^\d{9}$/.test(digits)) return 'orgNumber.noLength';
  const remainder = NO_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]) ? null : 'orgNumber.checkDigit';
}
