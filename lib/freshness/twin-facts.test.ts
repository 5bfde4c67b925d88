import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../content/__tests__/content-dir';
import { loadContent } from '../content/load';
import { compareTwins, extractFacts, formatTwinDifference } from './twin-facts';
import { twinDifferences } from './twin-report';

const values = (text: string) => extractFacts(text).map((f) => `${f.kind}:${f.value}`);

describe('extractFacts', () => {
  it('normalises English, ISO and Korean dates to one form', () => {
    expect(values('on 30 April 2026, on April 30, 2026 and on 2026-04-30')).toEqual(['date:2026-04-30', 'date:2026-04-30', 'date:2026-04-30']);
    expect(values('2026년 4월 30일에')).toEqual(['date:2026-04-30']);
    expect(values('in April 2026, 2026년 4월, 2025-06')).toEqual(['date:2026-04', 'date:2026-04', 'date:2025-06']);
    expect(values('on 4월 30일 and on April 30')).toEqual(['date:--04-30', 'date:--04-30']);
  });

  it('reads years, ranges and years before punctuation', () => {
    expect(values('In 2018, from 2014–2018 and 2014~2018년; until 2031.')).toEqual(['date:2018', 'date:2014', 'date:2018', 'date:2014', 'date:2018', 'date:2031']);
  });

  it('reads versions with or without a v, including OpenStack release numbers', () => {
    expect(values('v1.2.3, 4.3.0 and 2026.1, Kubernetes 1.24')).toEqual(['version:1.2.3', 'version:4.3.0', 'version:2026.1', 'version:1.24']);
  });

  it('reads significant numbers, with thousands separators and units written against them', () => {
    expect(values('1,500 nodes, 18 months, 300 KB and 약 11MB, 18개월')).toEqual(['number:1500', 'number:18', 'number:300', 'number:11', 'number:18']);
  });

  it('ignores small numbers, digits inside names, URLs and month names used as words', () => {
    expect(values('two or 3 nodes; k8s on x86_64 and ppc64le with IPv6 and S3; see https://example.org/2019/10/x; you may march')).toEqual([]);
  });

  it('reads a Korean month named without its year as a month, not as a number', () => {
    // "every April, August and December" in Korean: 12월 is no more a number than "December" is.
    expect(values('4개월마다(4월, 8월, 12월) 새 버전이 나오고 LTS는 24개월 지원됩니다.')).toEqual(['number:24']);
  });
});

const side = (file: string, text: string, id = 'history-and-status', title = 'History') => ({ file, sections: [{ id, title, text }] });

describe('compareTwins', () => {
  it('lists what each side states and the other lacks, naming both files and the section', () => {
    const en = side('content/en/x.mdx', 'Version 4.3.0 was released on 30 April 2026; 1,200 users.');
    const ko = side('content/ko/x.mdx', '4.2.0 버전은 2026년 4월 30일에 나왔습니다. 사용자 1,200명.', 'history-and-status', '역사');
    expect(compareTwins(en, ko).map(formatTwinDifference)).toEqual([
      'content/en/x.mdx § "History" (#history-and-status): version 4.3.0 is not in content/ko/x.mdx',
      'content/ko/x.mdx § "역사" (#history-and-status): version 4.2.0 is not in content/en/x.mdx',
    ]);
  });

  it('matches facts across sections, and a year against a more precise date but not the other way round', () => {
    const en = { file: 'en', sections: [{ id: 'a', title: 'A', text: 'In 2026 it changed.' }, { id: 'b', title: 'B', text: 'Released in May 2020.' }] };
    const ko = { file: 'ko', sections: [{ id: 'b', title: 'B', text: '2026년 4월에 바뀌었고 2020년에 나왔습니다.' }] };
    expect(compareTwins(en, ko).map((d) => `${d.file}:${d.value}`)).toEqual(['en:2020-05', 'ko:2026-04']);
  });
});

describe('twinDifferences on fixture content', () => {
  it('finds nothing in agreeing twins and reports a changed year in one language', () => {
    const fixtures = path.join(import.meta.dirname, '..', 'content', '__tests__', 'fixtures', 'valid');
    expect(twinDifferences(loadContent(fixtures).technologies)).toEqual([]);
    const dir = contentDir();
    try {
      dir.edit('ko/alpha.mdx', (s) => s.replace('2020년에 종료되었습니다.', '2021년에 종료되었습니다.'));
      expect(twinDifferences(loadContent(dir.root).technologies).map(formatTwinDifference)).toEqual([
        'content/en/alpha.mdx § "History and status today" (#history-and-status): date 2020 is not in content/ko/alpha.mdx',
        'content/ko/alpha.mdx § "역사와 현재 상태" (#history-and-status): date 2021 is not in content/en/alpha.mdx',
      ]);
    } finally {
      dir.cleanup();
    }
  });
});
