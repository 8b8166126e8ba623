// Characters XML 1.0 forbids even when escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF):
// a dataset string carrying one would make the whole exported SVG unparseable.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML element content and for attribute values in either quote style. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(INVALID_XML_CHARS, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
