import { describe, expect, it } from 'vitest';
import { qrFileName } from './qr-options';

describe('qrFileName', () => {
  it('names the file after the page path', () => {
    expect(qrFileName('/en/tech/aks/')).toBe('container-atlas-en-tech-aks-qr');
  });
  it('drops characters that file systems dislike, and works for the root', () => {
    expect(qrFileName('/ko/%ED%95%9C/../x:y/')).toBe('container-atlas-ko-ED959C-xy-qr');
    expect(qrFileName('/')).toBe('container-atlas-qr');
  });
});
