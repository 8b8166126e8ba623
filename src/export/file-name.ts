const MAX_LENGTH = 100;

/** ASCII slug of (Vietnamese) text: "Kiểm tra, giám sát" -> "kiem-tra-giam-sat". */
export function slugify(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd') // đ is a letter of its own, not d + a combining mark, so NFD leaves it
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * File name from slugged parts, e.g. (["Kiểm tra, giám sát", "2020"], "png") -> "kiem-tra-giam-sat-2020.png".
 * `tail` parts ("16x9", "1-2") end the name whole, however much of `parts` a long name has to lose.
 */
export function exportFileName(parts: string[], ext: string, tail: string[] = []): string {
  const extension = slugify(ext) || 'bin';
  const ending = tail.map(slugify).filter(Boolean).join('-');
  const maxBase = MAX_LENGTH - extension.length - 1 - (ending ? ending.length + 1 : 0);
  let base = parts.map(slugify).filter(Boolean).join('-') || 'bieu-do';
  if (base.length > maxBase) {
    base = base.slice(0, maxBase);
    // cut at the last whole word when that keeps most of the name
    const lastDash = base.lastIndexOf('-');
    if (lastDash > maxBase / 2) base = base.slice(0, lastDash);
    base = base.replace(/-+$/, '');
  }
  return `${ending ? `${base}-${ending}` : base}.${extension}`;
}
