import type { Status } from '../content/schema';
import type { Locale } from './locales';

/** Strings of the lifespan chart (components/timeline/lifespan-chart.tsx), in both languages. */
const en = {
  heading: 'Lifespans at a glance',
  intro: (asOf: string) => `Each bar runs from a technology’s first release to its retirement, or to ${asOf}, the date of the latest review. Dots are the dated events listed below; an arrow leads from a retired technology to what replaced it.`,
  articleHeading: 'Lifespan',
  legend: 'Key',
  states: {
    active: 'Active: solid',
    maintenance: 'Maintenance: stripes',
    deprecated: 'Deprecated: dots',
    retired: 'Retired: cross-hatched, ends at retirement',
  } satisfies Record<Status, string>,
  event: 'Dated event',
  asOf: 'Latest review',
  scrollHint: 'On a narrow screen the chart scrolls sideways inside its box.',
  chart: (category: string) => `Lifespans: ${category}`,
  lane: (title: string, from: string, to: string, state: string) => `${title}: ${from} to ${to}, ${state}`,
  today: 'today',
  replacedBy: (title: string) => `Replaced by ${title}`,
};

export type LifespanDictionary = typeof en;

const ko: LifespanDictionary = {
  heading: '한눈에 보는 수명',
  intro: (asOf: string) => `막대는 각 기술의 첫 출시부터 종료까지, 아직 살아 있는 기술은 가장 최근 검토일인 ${asOf}까지 이어집니다. 점은 아래 목록의 사건이고, 종료된 기술에서 나온 화살표는 그 자리를 이어받은 기술을 가리킵니다.`,
  articleHeading: '수명',
  legend: '범례',
  states: {
    active: '활성: 채움',
    maintenance: '유지보수: 줄무늬',
    deprecated: '사용 중단 예정: 점무늬',
    retired: '종료: 격자무늬, 종료일에서 끝남',
  },
  event: '날짜가 있는 사건',
  asOf: '최근 검토일',
  scrollHint: '좁은 화면에서는 차트를 상자 안에서 옆으로 밀어 볼 수 있습니다.',
  chart: (category: string) => `수명: ${category}`,
  lane: (title: string, from: string, to: string, state: string) => `${title}: ${from}부터 ${to}까지, ${state}`,
  today: '오늘',
  replacedBy: (title: string) => `후속: ${title}`,
};

const dictionaries: Record<Locale, LifespanDictionary> = { en, ko };

export function getLifespanDictionary(locale: Locale): LifespanDictionary {
  return dictionaries[locale];
}
