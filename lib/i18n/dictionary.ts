import type { Category, Rating, Status } from '../content/schema';
import type { Locale } from './locales';

/** Every interface string, in both languages. The Korean is written for Korean readers, not translated word for word. */
const en = {
  siteName: 'Container Atlas',
  tagline: 'Container infrastructure explained and compared: Docker, Kubernetes, OpenStack and Azure.',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    technologies: 'Technologies',
    compare: 'Compare',
    timeline: 'Timeline',
    matrix: 'Matrix',
    glossary: 'Glossary',
    talk: 'The 2018 talk',
    search: 'Search',
  },
  theme: { label: 'Theme', light: 'Light', dark: 'Dark', system: 'System' },
  languageSwitch: 'Read this page in Korean',
  categories: {
    'container-runtime': 'Container runtimes',
    orchestrator: 'Orchestrators',
    'openstack-project': 'OpenStack projects',
    'azure-service': 'Azure services',
    tooling: 'Tooling',
  } satisfies Record<Category, string>,
  statuses: {
    active: 'Active',
    maintenance: 'Maintenance',
    deprecated: 'Deprecated',
    retired: 'Retired',
  } satisfies Record<Status, string>,
  ratings: { pro: 'Pro', con: 'Con', neutral: 'Neutral', na: 'Not applicable' } satisfies Record<Rating, string>,
  home: {
    title: 'Container infrastructure, explained and compared',
    intro:
      'Container Atlas explains Docker, Kubernetes, the OpenStack container projects and Azure’s container services, and says plainly which of them are still alive in 2026, which were retired, and what replaced them.',
    audience:
      'It is written for engineers choosing a platform today, for meetup attendees who arrive from a slide, and for anyone reading the 2018 OpenInfra Days Korea workshop it grew from.',
    byCategory: 'Technologies by category',
    retiredNote: 'Retired and deprecated systems are marked; their articles name the successor.',
    count: (n: number) => `${n} technologies`,
  },
  article: {
    facts: 'Facts',
    status: 'Status',
    since: 'since',
    successors: 'Replaced by',
    governance: 'Governance',
    firstRelease: 'First release',
    license: 'Licence',
    languages: 'Written in',
    docs: 'Documentation',
    repository: 'Repository',
    onThisPage: 'On this page',
    prosAndCons: 'Pros and cons',
    pros: 'Pros',
    cons: 'Cons',
    related: 'Related technologies',
    sources: 'Sources',
    previous: 'Previous',
    next: 'Next',
    criterion: 'Criterion',
    retiredBanner: (date: string) => `Retired: ${date}.`,
    deprecatedBanner: (date: string) => `Deprecated: ${date}.`,
    useInstead: 'Use instead:',
  },
  glossary: { usedIn: 'Used in:' },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: 'Go to the home page',
  },
  footer: {
    about: 'Container Atlas grew out of a Korean workshop talk at OpenInfra Days Korea 2018.',
    source: 'Facts are checked against the sources listed on each article.',
  },
};

export type Dictionary = typeof en;

const ko: Dictionary = {
  siteName: 'Container Atlas',
  tagline: '컨테이너 인프라를 설명하고 비교합니다: Docker, Kubernetes, OpenStack, Azure.',
  skipToContent: '본문으로 건너뛰기',
  nav: {
    label: '주 메뉴',
    technologies: '기술 목록',
    compare: '비교',
    timeline: '연대표',
    matrix: '장단점 매트릭스',
    glossary: '용어집',
    talk: '2018년 발표',
    search: '검색',
  },
  theme: { label: '테마', light: '라이트', dark: '다크', system: '시스템' },
  languageSwitch: 'Read this page in English',
  categories: {
    'container-runtime': '컨테이너 런타임',
    orchestrator: '오케스트레이터',
    'openstack-project': 'OpenStack 프로젝트',
    'azure-service': 'Azure 서비스',
    tooling: '도구',
  },
  statuses: { active: '활성', maintenance: '유지보수', deprecated: '사용 중단 예정', retired: '종료' },
  ratings: { pro: '장점', con: '단점', neutral: '중립', na: '해당 없음' },
  home: {
    title: '컨테이너 인프라, 한눈에 설명하고 비교하기',
    intro:
      'Container Atlas는 Docker, Kubernetes, OpenStack의 컨테이너 프로젝트, Azure의 컨테이너 서비스를 설명하고, 2026년 지금 무엇이 살아 있고 무엇이 종료되었으며 무엇이 그 자리를 이어받았는지 분명히 알려 드립니다.',
    audience:
      '지금 플랫폼을 골라야 하는 엔지니어, 발표 슬라이드의 QR 코드로 들어온 밋업 참석자, 그리고 이 사이트의 출발점인 OpenInfra Days Korea 2018 워크숍 자료를 다시 보려는 분을 위해 만들었습니다.',
    byCategory: '분류별 기술',
    retiredNote: '종료되었거나 사용 중단 예정인 기술은 따로 표시했고, 각 글에서 후속 기술을 안내합니다.',
    count: (n: number) => `기술 ${n}개`,
  },
  article: {
    facts: '요약 정보',
    status: '상태',
    since: '기준일',
    successors: '후속 기술',
    governance: '운영 주체',
    firstRelease: '최초 출시',
    license: '라이선스',
    languages: '구현 언어',
    docs: '공식 문서',
    repository: '저장소',
    onThisPage: '이 페이지의 내용',
    prosAndCons: '장점과 단점',
    pros: '장점',
    cons: '단점',
    related: '관련 기술',
    sources: '출처',
    previous: '이전 글',
    next: '다음 글',
    criterion: '평가 기준',
    retiredBanner: (date: string) => `${date}에 종료되었습니다.`,
    deprecatedBanner: (date: string) => `${date}부터 사용 중단 예정 상태입니다.`,
    useInstead: '대신 쓸 기술:',
  },
  glossary: { usedIn: '이 용어를 쓰는 글:' },
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    body: '이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 링크에 오타가 있을 수 있습니다.',
    home: '홈으로 가기',
  },
  footer: {
    about: 'Container Atlas는 OpenInfra Days Korea 2018의 한국어 워크숍 발표에서 출발했습니다.',
    source: '모든 사실 정보는 각 글에 나열한 출처와 대조해 확인했습니다.',
  },
};

const dictionaries: Record<Locale, Dictionary> = { en, ko };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}
