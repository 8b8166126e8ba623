import { describe, expect, it } from 'vitest';
import { jsonForTerminal, terminalSafe } from '../../scripts/terminal-text';

describe('terminalSafe', () => {
  it('writes escape sequences, BEL, C1 and bidi controls as visible escapes; keeps tab, newline and Vietnamese', () => {
    expect(terminalSafe('\u001b[2J\u001b[H\u001b[32mOK')).toBe('\\u001B[2J\\u001B[H\\u001B[32mOK');
    expect(terminalSafe('\u001b]0;x\u0007')).toBe('\\u001B]0;x\\u0007');
    expect(terminalSafe('a\u009bb\u202ec\u007f\r')).toBe('a\\u009Bb\\u202Ec\\u007F\\u000D');
    expect(terminalSafe('Đảng viên\tx\ny')).toBe('Đảng viên\tx\ny');
  });

  it('keeps JSON the same value', () => {
    const value = { 'k\u009b': 'a\u202eb\u2028', n: 1 };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).not.toMatch(/[\u0080-\u009f\u202e\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
