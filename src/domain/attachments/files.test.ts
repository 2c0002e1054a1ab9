import { describe, expect, it } from 'vitest';
import { attachmentProblem, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_OWNER, sniffFileType, sniffImageType } from './files.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
const WEBP = bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56);

describe('attachments', () => {
  it.each([
    ['jpeg', JPEG, 'image/jpeg'],
    ['png', PNG, 'image/png'],
    ['webp', WEBP, 'image/webp'],
    ['riff but not webp (wav)', bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45), null],
    ['html', new TextEncoder().encode('<html><script>'), null],
    ['gif', new TextEncoder().encode('GIF89a'), null],
    ['pdf', new TextEncoder().encode('%PDF-1.7'), null],
    ['truncated png', bytes(0x89, 0x50, 0x4e), null],
    ['empty', bytes(), null],
  ] as [string, Uint8Array, string | null][])('sniffs %s', (_n, b, type) => expect(sniffImageType(b)).toBe(type));

  it.each([
    ['a small jpeg', JPEG, 0, null],
    ['empty', bytes(), 0, /为空/],
    [
      'too large',
      (() => {
        const b = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
        b.set(JPEG);
        return b;
      })(),
      0,
      /MB/,
    ],
    ['not an image', new TextEncoder().encode('hello'), 0, /JPG/],
    ['one too many', PNG, MAX_ATTACHMENTS_PER_OWNER, /最多/],
    ['the last allowed', PNG, MAX_ATTACHMENTS_PER_OWNER - 1, null],
  ] as [string, Uint8Array, number, RegExp | null][])('%s', (_n, b, count, problem) => {
    const p = attachmentProblem(b, count);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });
});

describe('PDF documents where an owner allows them', () => {
  const PDF = new TextEncoder().encode('%PDF-1.7\n');
  it.each([
    ['pdf allowed', PDF, true, 'application/pdf'],
    ['pdf not allowed', PDF, false, null],
    ['png still an image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), true, 'image/png'],
    ['"%PDF" without the dash', new TextEncoder().encode('%PDF1'), true, null],
    ['html claiming to be a pdf', new TextEncoder().encode('<html>%PDF-'), true, null],
  ] as [string, Uint8Array, boolean, string | null][])('%s', (_n, b, allow, type) => expect(sniffFileType(b, allow)).toBe(type));
  it('counts up to the owner’s own limit', () => {
    expect(attachmentProblem(PDF, 19, { allowPdf: true, maxCount: 20 })).toBeNull();
    expect(attachmentProblem(PDF, 20, { allowPdf: true, maxCount: 20 })).toMatch(/最多 20 个文件/);
    expect(attachmentProblem(PDF, 0)).toMatch(/JPG/);
  });
});
