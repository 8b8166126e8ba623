/**
 * Text layout without a browser: an estimated width (about 0.55em a character, a little more in bold) and
 * one greedy word wrap used by the chart axes and the exported captions alike.
 */
export function estimateTextWidth(text: string, size: number, weight = 400): number {
  return text.length * size * (weight >= 600 ? 0.58 : 0.55);
}

/**
 * Splits text into lines no wider than `maxWidth` by `measure`, at spaces; a word wider than a line is broken.
 * With `maxLines`, what does not fit ends the last line with "…".
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (measure(word) > maxWidth && word.length > 1) {
      if (line) lines.push(line);
      let cut = word.length - 1;
      while (cut > 1 && measure(word.slice(0, cut)) > maxWidth) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      line = '';
    }
    if (!line) line = word;
    else if (measure(`${line} ${word}`) <= maxWidth) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
