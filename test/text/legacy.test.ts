/** TCVN3 / VNI detection and decoding, with text encoded here from the same tables. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacy, mayBeLegacy } from '../../src/text/legacy.js';

const tables = JSON.parse(readFileSync(new URL('../../src/data/vietnamese-legacy-encodings.json', import.meta.url), 'utf8')) as {
  tcvn3: Record<string, { cp1252: string }>;
  vni: Record<string, string>;
};

const encodeWith = (map: (c: string) => string | undefined) => (text: string) => [...text.normalize('NFC')].map((c) => map(c) ?? c).join('');
const toTcvn3 = encodeWith((c) => tables.tcvn3[c]?.cp1252);
const toVni = encodeWith((c) => tables.vni[c]);
const decode = (text: string, encoding: 'tcvn3' | 'vni') => decodeLegacy(text, encoding).map((p) => p.text).join('');

const SAMPLE = 'Ủy ban nhân dân huyện đã ban hành kế hoạch cải cách hành chính năm 2021, được người dân đánh giá cao; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.';

describe('TCVN3', () => {
  it('round-trips lower-case text through the tables', () => {
    const lower = SAMPLE.toLowerCase();
    const encoded = toTcvn3(lower);
    expect(encoded).toContain('c¶i c¸ch');
    expect(detectLegacy(encoded)).toBe('tcvn3');
    expect(decode(encoded, 'tcvn3')).toBe(lower);
  });
  it('decodes the observed extraction variants (− for ư, μ for à)', () => {
    expect(decode('®−îc vμ tr−êng', 'tcvn3')).toBe('được và trường');
  });
  it('decodes toned capitals to lower case (they share the lower-case byte)', () => {
    expect(decode(toTcvn3('Ủy'), 'tcvn3')).toBe('ủy');
  });
});

describe('VNI', () => {
  it('round-trips text with capitals', () => {
    const encoded = toVni(SAMPLE);
    expect(encoded).toContain('caûi caùch');
    expect(detectLegacy(encoded)).toBe('vni');
    expect(decode(encoded, 'vni')).toBe(SAMPLE);
  });
  it('reads a lone ô as ơ and oâ as ô', () => {
    expect(decode('cô quan, Hoäi ñoàng', 'vni')).toBe('cơ quan, Hội đồng');
  });
});

describe('detectLegacy', () => {
  it.each([
    ['Unicode Vietnamese', SAMPLE],
    ['French', 'Le comité a été très apprécié à Noël, où la fête était prévue.'],
    ['German', 'Die Größe der Bürgerbüros wurde für München überprüft.'],
    ['symbols between words', '© 2021 UBND huyện ® — «trích dẫn» ½ số ×'],
    ['a few VNI-looking letters in Unicode text', 'Hội nghị với đối tác Müller và Peña tại Hà Nội'],
  ])('leaves %s alone', (_label, text) => {
    expect(detectLegacy(text)).toBeUndefined();
  });
});

describe('mayBeLegacy', () => {
  it('passes over plain Unicode Vietnamese and catches both encodings', () => {
    expect(mayBeLegacy(SAMPLE)).toBe(false);
    expect(mayBeLegacy(toTcvn3(SAMPLE))).toBe(true);
    expect(mayBeLegacy(toVni(SAMPLE))).toBe(true);
  });
});
