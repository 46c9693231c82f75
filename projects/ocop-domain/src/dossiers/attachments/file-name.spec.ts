import { attachmentRefusalMessage } from './attachment-refusal';
import { checkFileName } from './file-name';

const VIETNAMESE = 'Phiếu kiểm nghiệm rượu men lá.pdf';

function reasonOf(name: string): string | undefined {
  const check = checkFileName(name);
  if (check.ok) return undefined;
  return check.refusal.code === 'FILE_NAME_INVALID' ? check.refusal.reason : check.refusal.code;
}

describe('checkFileName', () => {
  it('keeps a Vietnamese name, in NFC, without surrounding spaces', () => {
    expect(checkFileName(VIETNAMESE)).toEqual({ ok: true, name: VIETNAMESE });
    const nfd = VIETNAMESE.normalize('NFD');
    expect(nfd).not.toBe(VIETNAMESE);
    expect(checkFileName(`  ${nfd} `)).toEqual({ ok: true, name: VIETNAMESE });
  });

  it('accepts dots inside a name and a leading dot', () => {
    expect(checkFileName('ho.so..2020.pdf')).toEqual({ ok: true, name: 'ho.so..2020.pdf' });
    expect(checkFileName('.giay-phep.pdf')).toEqual({ ok: true, name: '.giay-phep.pdf' });
  });

  it('refuses an empty name', () => {
    expect(reasonOf('')).toBe('empty');
    expect(reasonOf(' \t ')).toBe('empty');
  });

  it('counts characters, not UTF-16 units or bytes, against the 200 limit', () => {
    const exactly = `${'ệ'.repeat(196)}.pdf`;
    expect(checkFileName(exactly).ok).toBeTrue();
    expect(reasonOf(`ệ${exactly}`)).toBe('too-long');
    expect(checkFileName(`${'𝓐'.repeat(196)}.pdf`).ok)
      .withContext('astral characters')
      .toBeTrue();
  });

  it('refuses anything that could be read as a path', () => {
    expect(reasonOf('../../x.pdf')).toBe('separator');
    expect(reasonOf('..\\..\\x.pdf')).toBe('separator');
    expect(reasonOf('/etc/passwd')).toBe('separator');
    expect(reasonOf('..')).toBe('dot-segment');
    expect(reasonOf('.')).toBe('dot-segment');
    expect(reasonOf('...')).toBe('dot-segment');
  });

  it('refuses control characters and the marks that reverse how a name is shown', () => {
    expect(reasonOf('x\u0000.pdf')).toBe('control-character');
    expect(reasonOf('x\n.pdf')).toBe('control-character');
    expect(reasonOf('x\u007f.pdf')).toBe('control-character');
    expect(reasonOf('hoso\u202efdp.exe')).toBe('control-character');
    expect(reasonOf('hoso\u2067x.pdf')).toBe('control-character');
  });

  it('gives a Vietnamese message for every reason', () => {
    for (const name of ['', 'x'.repeat(201), 'a/b', 'a\u0001', '..']) {
      const check = checkFileName(name);
      expect(check.ok).toBeFalse();
      if (!check.ok) expect(attachmentRefusalMessage(check.refusal)).toMatch(/^Tên tệp|^Tệp chưa có tên/);
    }
  });
});
