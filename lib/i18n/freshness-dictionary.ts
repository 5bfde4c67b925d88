import type { Locale } from './locales';

/** Strings of the freshness line, the edit and report links, and the "What changed" page, in both languages. */
const en = {
  factsChecked: (monthYear: string) => `Facts checked ${monthYear}`,
  lastChanged: (day: string) => `Last changed ${day}`,
  edit: 'Edit this page',
  report: 'Report an outdated fact',
  reportInSection: 'Report a fact in one section',
  alternatives: 'Used today instead',
  changes: {
    nav: 'What changed',
    title: 'What changed',
    description:
      'Recent status changes and milestones of the technologies on Container Atlas, and updates to the articles, newest first, with an Atom feed.',
    intro:
      'Status changes and milestones come from each article’s facts; article updates come from the site’s version history. Follow along with the Atom feed.',
    feed: 'Atom feed of these changes',
    feedTitle: 'Container Atlas: what changed',
    events: 'Status changes and milestones',
    updates: 'Article updates',
    firstRelease: 'First released or announced',
    updated: 'Updated',
    andMore: (n: number) => `and ${n} more`,
    historyShallow:
      'This build was made from a partial copy of the version history, so older article updates are not listed.',
    historyUnavailable: 'This build was made without the version history, so article updates are not listed.',
    commitLanguageNote: 'Change notes are written in English.',
  },
};

export type FreshnessDictionary = typeof en;

const ko: FreshnessDictionary = {
  factsChecked: (monthYear: string) => `${monthYear} 사실 확인`,
  lastChanged: (day: string) => `마지막 수정 ${day}`,
  edit: '이 페이지 고치기',
  report: '오래된 정보 알리기',
  reportInSection: '특정 절의 정보 알리기',
  alternatives: '지금 대신 쓰는 기술',
  changes: {
    nav: '바뀐 내용',
    title: '바뀐 내용',
    description:
      'Container Atlas에 실린 기술의 최근 상태 변화와 주요 사건, 글의 수정 내역을 최신순으로 보여 주고 Atom 피드로도 제공합니다.',
    intro:
      '상태 변화와 주요 사건은 각 글의 요약 정보에서, 글 수정 내역은 사이트의 버전 기록에서 가져왔습니다. Atom 피드로 구독할 수 있습니다.',
    feed: '바뀐 내용 Atom 피드',
    feedTitle: 'Container Atlas: 바뀐 내용',
    events: '상태 변화와 주요 사건',
    updates: '글 수정 내역',
    firstRelease: '첫 공개 또는 발표',
    updated: '글 수정',
    andMore: (n: number) => `외 ${n}개`,
    historyShallow: '이 빌드는 버전 기록의 일부만으로 만들어져 오래된 글 수정 내역은 보이지 않습니다.',
    historyUnavailable: '이 빌드는 버전 기록 없이 만들어져 글 수정 내역을 보여 줄 수 없습니다.',
    commitLanguageNote: '수정 메모는 영어로 적혀 있습니다.',
  },
};

const dictionaries: Record<Locale, FreshnessDictionary> = { en, ko };

export function getFreshnessDictionary(locale: Locale): FreshnessDictionary {
  return dictionaries[locale];
}
