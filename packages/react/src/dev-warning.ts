const warned = new Set<string>();

/** Warns once per message, and only in development builds of the host. */
export function devWarning(message: string): void {
  const isProduction = typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';
  if (isProduction || warned.has(message)) return;
  warned.add(message);
  console.warn(`[skill-ladder] ${message}`);
}
