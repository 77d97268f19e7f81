/** Adds `https://` to an address typed without a scheme ("example.nl"), `mailto:` to an e-mail address. */
export function normaliseWebAddress(input: string): string {
  const value = input.trim();
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value;
  if (value.includes('@') && !value.includes('/')) return `mailto:${value}`;
  return `https://${value}`;
}
