import type { CellRating } from '../matrix/types';
import type { Locale } from './locales';

/**
 * Interface strings of the pros and cons matrix (/en/matrix/, /ko/matrix/).
 * The client component imports this module, so it stays small: no content here.
 */
const en = {
  title: 'Pros and cons matrix',
  description:
    'Technologies against the criteria that matter when choosing container infrastructure. Weigh each criterion for your situation and the technologies are ranked for you.',
  howScored:
    'A pro counts +1, neutral 0 and a con −1, times the criterion’s weight (0 to 3). “Not applicable” and unrated criteria are left out, not counted as neutral. Only the criteria shown count.',
  controls: 'Choose what to compare',
  skipToResults: 'Skip to the results',
  presets: 'Start from a preset',
  equalWeights: 'Equal weights',
  view: 'View',
  modes: { matrix: 'Matrix', side: 'Side by side' },
  technologies: 'Technologies',
  chosen: (n: number, total: number) => `${n} of ${total} chosen`,
  all: 'All',
  none: 'None',
  defaultSet: 'Default set',
  hideRetired: 'Hide retired technologies',
  printedView: 'This view',
  retiredHidden: 'retired technologies hidden',
  hiddenRetired: (n: number) => (n === 1 ? '1 retired technology hidden.' : `${n} retired technologies hidden.`),
  criteria: 'Criteria and weights',
  show: (name: string) => `Show ${name}`,
  weightFor: (name: string) => `Weight for ${name}`,
  weights: ['0 · ignore', '1 · some', '2 · important', '3 · crucial'],
  reset: 'Reset the view',
  caption: 'Technologies ranked by weighted score. Each cell is a rating; open it for the reason.',
  rank: 'Rank',
  technology: 'Technology',
  score: 'Score',
  scoreOf: (score: string, best: number) => `${score} of ${best}`,
  weightShort: (w: number) => `weight ${w}`,
  ratings: { pro: 'Pro', con: 'Con', neutral: 'Neutral', na: 'Not applicable', unknown: 'Unknown' } satisfies Record<CellRating, string>,
  unknownReason: 'This article does not rate this criterion yet.',
  readMore: (title: string) => `Pros and cons of ${title}`,
  explain: 'How this score came about',
  counted: (name: string, rating: string, value: string, weight: number, points: string) => `${name}: ${rating} (${value}) × weight ${weight} = ${points}`,
  zeroWeight: (name: string, rating: string) => `${name}: ${rating}, weight 0, not counted`,
  notApplicable: (name: string) => `${name}: not applicable, not counted`,
  notRated: (name: string) => `${name}: not rated, not counted`,
  total: (score: string, best: number) => `Total ${score}, out of a possible +${best}`,
  noTechnologies: 'Choose at least one technology to fill the matrix.',
  noCriteria: 'Choose at least one criterion; without criteria there is nothing to score.',
  allHidden: 'Every chosen technology is retired and hidden. Show retired technologies, or choose others.',
  needTwo: 'Choose at least two technologies to compare them side by side.',
  onlyFour: (n: number) => `Side by side shows up to four technologies: these are the four highest-ranked of the ${n} you chose. Clear some to compare others.`,
  pros: 'Pros',
  cons: 'Cons',
  criterion: 'Criterion',
  article: (title: string) => `Read the ${title} article`,
  ranked: (n: number, first: string, score: string) => (n === 0 ? 'No technologies to rank.' : `Ranked ${n} technologies. First: ${first}, ${score}.`),
};

export type MatrixDictionary = typeof en;

const ko: MatrixDictionary = {
  title: '장단점 매트릭스',
  description:
    '컨테이너 인프라를 고를 때 따져 볼 기준으로 각 기술을 비교합니다. 내 상황에 맞게 기준마다 가중치를 주면 기술의 순위를 매겨 드립니다.',
  howScored:
    '장점은 +1, 중립은 0, 단점은 −1로 계산하고 기준의 가중치(0~3)를 곱합니다. ‘해당 없음’과 평가하지 않은 기준은 중립으로 치지 않고 계산에서 뺍니다. 화면에 표시한 기준만 점수에 들어갑니다.',
  controls: '비교할 항목 고르기',
  skipToResults: '결과로 바로 가기',
  presets: '프리셋으로 시작하기',
  equalWeights: '모두 같은 가중치',
  view: '보기 방식',
  modes: { matrix: '매트릭스', side: '나란히 비교' },
  technologies: '기술',
  chosen: (n: number, total: number) => `${total}개 중 ${n}개 선택`,
  all: '전체',
  none: '선택 해제',
  defaultSet: '기본 구성',
  hideRetired: '종료된 기술 숨기기',
  printedView: '이 보기',
  retiredHidden: '종료된 기술 숨김',
  hiddenRetired: (n: number) => `종료된 기술 ${n}개를 숨겼습니다.`,
  criteria: '평가 기준과 가중치',
  show: (name: string) => `${name} 표시`,
  weightFor: (name: string) => `${name} 가중치`,
  weights: ['0 · 무시', '1 · 조금', '2 · 중요', '3 · 매우 중요'],
  reset: '처음 상태로 되돌리기',
  caption: '가중 점수순으로 정렬한 기술 목록입니다. 각 칸의 평가를 열면 근거를 볼 수 있습니다.',
  rank: '순위',
  technology: '기술',
  score: '점수',
  scoreOf: (score: string, best: number) => `${best}점 만점에 ${score}`,
  weightShort: (w: number) => `가중치 ${w}`,
  ratings: { pro: '장점', con: '단점', neutral: '중립', na: '해당 없음', unknown: '알 수 없음' },
  unknownReason: '이 글에서는 아직 이 기준을 평가하지 않았습니다.',
  readMore: (title: string) => `${title}의 장단점 보기`,
  explain: '점수 계산 내역',
  counted: (name: string, rating: string, value: string, weight: number, points: string) => `${name}: ${rating}(${value}) × 가중치 ${weight} = ${points}`,
  zeroWeight: (name: string, rating: string) => `${name}: ${rating}, 가중치 0이라 계산에서 제외`,
  notApplicable: (name: string) => `${name}: 해당 없음, 계산에서 제외`,
  notRated: (name: string) => `${name}: 평가 없음, 계산에서 제외`,
  total: (score: string, best: number) => `합계 ${score} (최고 +${best})`,
  noTechnologies: '매트릭스를 채우려면 기술을 하나 이상 고르세요.',
  noCriteria: '평가 기준을 하나 이상 고르세요. 기준이 없으면 점수를 매길 수 없습니다.',
  allHidden: '고른 기술이 모두 종료된 기술이라 숨겨졌습니다. 종료된 기술을 표시하거나 다른 기술을 고르세요.',
  needTwo: '나란히 비교하려면 기술을 두 개 이상 고르세요.',
  onlyFour: (n: number) => `나란히 비교는 최대 네 개까지 보여 줍니다. 고른 ${n}개 중 순위가 높은 네 개를 표시했습니다. 다른 기술을 비교하려면 선택을 줄이세요.`,
  pros: '장점',
  cons: '단점',
  criterion: '평가 기준',
  article: (title: string) => `${title} 글 읽기`,
  ranked: (n: number, first: string, score: string) => (n === 0 ? '순위를 매길 기술이 없습니다.' : `기술 ${n}개의 순위를 매겼습니다. 1위: ${first}, ${score}.`),
};

const dictionaries: Record<Locale, MatrixDictionary> = { en, ko };

export function getMatrixDictionary(locale: Locale): MatrixDictionary {
  return dictionaries[locale];
}
