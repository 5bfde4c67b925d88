import type { ColumnId } from '../compare/columns';
import type { ViewId } from '../compare/views';
import type { Locale } from './locales';

/** OpenStack service names are proper nouns, the same in every language. */
const OPENSTACK_SERVICE_LABELS = {
  nova: 'Nova',
  neutron: 'Neutron',
  cinder: 'Cinder',
  manila: 'Manila',
  heat: 'Heat',
  keystone: 'Keystone',
  glance: 'Glance',
  barbican: 'Barbican',
  octavia: 'Octavia',
} as const;

/** Interface strings of the comparison tables and the timeline, in both languages. */
const en = {
  compare: {
    title: 'Compare container technologies',
    description:
      'Side-by-side tables of every technology on Container Atlas: the OpenStack container projects, Azure’s container options over time, and runtimes and orchestrators. Filter, sort, choose columns, share the link or download the data.',
    intro:
      'Every value comes from the technology’s article; where a value needs explaining, the cell links to the section that backs it. The view, filter, sort and columns are kept in the address, so a copied link shows exactly this table.',
    views: {
      overview: 'All technologies',
      openstack: 'OpenStack projects',
      azure: 'Azure over time',
      runtimes: 'Runtimes and orchestrators',
      today: 'What to use today',
    } satisfies Record<ViewId, string>,
    viewDescriptions: {
      overview: 'Every technology, with its category, status and what replaced it.',
      openstack: 'What each OpenStack container project provides and which OpenStack services it uses.',
      azure: 'Azure’s container options from 2014 to today: who runs the control plane, which orchestrators, how it is billed and whether it is still there.',
      runtimes: 'Container runtimes and orchestrators: how they isolate workloads and where they stand.',
      today: 'Every retired or deprecated system, with the successor its vendor or community named and what people use instead today.',
    } satisfies Record<ViewId, string>,
    viewPicker: 'View',
    filter: 'Filter',
    filterPlaceholder: 'Name, summary or value, in English or Korean',
    category: 'Category',
    status: 'Status',
    any: 'Any',
    columns: 'Columns',
    columnsHint: 'Choose which columns to show.',
    reset: 'Reset view',
    count: (shown: number, total: number) => `${shown} of ${total} technologies`,
    noMatches: 'No technology matches these filters.',
    moreRows: (listed: number, shown: number) => `The table lists the first ${listed} of these ${shown}; the downloads hold all of them.`,
    showMore: (more: number) => `Show ${more} more`,
    showAll: (shown: number) => `Show all ${shown}`,
    sortBy: (column: string) => `Sort by ${column}`,
    sortedAscending: 'sorted ascending',
    sortedDescending: 'sorted descending',
    download: 'Download this view',
    downloadCsv: 'Download CSV',
    downloadJson: 'Download JSON',
    empty: 'None',
    scrollHint: 'On a narrow screen the table scrolls sideways inside its box.',
    uses: 'Uses',
    openData: 'All the data is also published as open data:',
    openDataJson: 'technologies.json',
    openDataSchema: 'its JSON Schema',
    columnLabels: {
      name: 'Name',
      category: 'Category',
      status: 'Status',
      firstRelease: 'First release',
      period: 'Available',
      successors: 'Replaced by',
      alternatives: 'Used today instead',
      provides: 'Provides',
      ...OPENSTACK_SERVICE_LABELS,
      controlPlane: 'Control plane',
      orchestrators: 'Orchestrators',
      billing: 'Billing',
      isolation: 'Isolation',
      governance: 'Governance',
      license: 'Licence',
      languages: 'Written in',
    } satisfies Record<ColumnId, string>,
    controlPlanes: {
      'self-managed': 'You run it',
      'provider-managed': 'The provider runs it',
      'not-applicable': 'No control plane',
    },
    untilToday: 'today',
  },
  timeline: {
    title: 'Lifecycle timeline',
    description:
      'Every technology’s first release, status changes and successor, from Docker’s debut in 2013 to today, filterable by category.',
    intro:
      'First releases, status changes and other milestones of every technology, year by year. Retired systems name what replaced them.',
    before: (year: number) => `Before ${year}`,
    category: 'Category',
    all: 'All categories',
    count: (shown: number, total: number) => `${shown} of ${total} events`,
    firstRelease: 'First released or announced',
    statusChange: {
      active: 'Stable and in active development',
      maintenance: 'Enters maintenance',
      deprecated: 'Deprecated',
      retired: 'Retired',
    },
    replacedBy: 'Replaced by',
    yearHeading: (year: string) => year,
  },
};

export type CompareDictionary = typeof en;

const ko: CompareDictionary = {
  compare: {
    title: '컨테이너 기술 비교',
    description:
      'Container Atlas의 모든 기술을 표로 나란히 비교합니다. OpenStack 컨테이너 프로젝트, 시기별 Azure 컨테이너 서비스, 런타임과 오케스트레이터를 필터링하고 정렬하고 열을 고른 뒤 링크로 공유하거나 데이터로 내려받을 수 있습니다.',
    intro:
      '모든 값은 각 기술의 글에서 가져왔고, 설명이 필요한 값은 근거가 되는 글의 절로 연결됩니다. 보기, 필터, 정렬, 열 선택이 주소에 담기므로 링크를 복사해 보내면 받는 사람도 지금 이 표를 그대로 봅니다.',
    views: {
      overview: '전체 기술',
      openstack: 'OpenStack 프로젝트',
      azure: '시기별 Azure',
      runtimes: '런타임과 오케스트레이터',
      today: '지금 쓸 기술',
    },
    viewDescriptions: {
      overview: '모든 기술의 분류, 상태, 후속 기술.',
      openstack: 'OpenStack 컨테이너 프로젝트가 각각 무엇을 제공하고 어떤 OpenStack 서비스를 쓰는지.',
      azure: '2014년부터 지금까지 Azure의 컨테이너 선택지: 컨트롤 플레인을 누가 운영하는지, 어떤 오케스트레이터를 쓰는지, 요금은 어떻게 내는지, 아직 살아 있는지.',
      runtimes: '컨테이너 런타임과 오케스트레이터: 워크로드를 어떻게 격리하고 지금 어떤 상태인지.',
      today: '종료되었거나 사용 중단 예정인 모든 기술과, 개발사나 커뮤니티가 밝힌 후속 기술, 지금 대신 쓰는 기술.',
    },
    viewPicker: '보기',
    filter: '필터',
    filterPlaceholder: '이름, 요약, 값 (한국어 또는 영어)',
    category: '분류',
    status: '상태',
    any: '전체',
    columns: '열',
    columnsHint: '표에 보여 줄 열을 고르세요.',
    reset: '처음 상태로',
    count: (shown: number, total: number) => `기술 ${total}개 중 ${shown}개`,
    noMatches: '조건에 맞는 기술이 없습니다.',
    moreRows: (listed: number, shown: number) => `표에는 ${shown}개 중 처음 ${listed}개만 나와 있습니다. 내려받은 파일에는 모두 들어 있습니다.`,
    showMore: (more: number) => `${more}개 더 보기`,
    showAll: (shown: number) => `${shown}개 모두 보기`,
    sortBy: (column: string) => `${column} 기준으로 정렬`,
    sortedAscending: '오름차순 정렬됨',
    sortedDescending: '내림차순 정렬됨',
    download: '지금 보이는 표 내려받기',
    downloadCsv: 'CSV 내려받기',
    downloadJson: 'JSON 내려받기',
    empty: '없음',
    scrollHint: '화면이 좁으면 표를 상자 안에서 옆으로 밀어 볼 수 있습니다.',
    uses: '사용',
    openData: '모든 데이터는 오픈 데이터로도 공개합니다:',
    openDataJson: 'technologies.json',
    openDataSchema: 'JSON 스키마',
    columnLabels: {
      name: '이름',
      category: '분류',
      status: '상태',
      firstRelease: '최초 출시',
      period: '제공 기간',
      successors: '후속 기술',
      alternatives: '지금 대신 쓰는 기술',
      provides: '제공하는 것',
      ...OPENSTACK_SERVICE_LABELS,
      controlPlane: '컨트롤 플레인',
      orchestrators: '오케스트레이터',
      billing: '요금',
      isolation: '격리 방식',
      governance: '운영 주체',
      license: '라이선스',
      languages: '구현 언어',
    },
    controlPlanes: {
      'self-managed': '직접 운영',
      'provider-managed': '클라우드 제공자가 운영',
      'not-applicable': '컨트롤 플레인 없음',
    },
    untilToday: '현재',
  },
  timeline: {
    title: '기술 수명 연대표',
    description: '2013년 Docker 공개부터 지금까지, 모든 기술의 첫 출시와 상태 변화, 후속 기술을 분류별로 볼 수 있습니다.',
    intro: '모든 기술의 첫 출시, 상태 변화, 그 밖의 주요 사건을 해마다 정리했습니다. 종료된 기술에는 그 자리를 이어받은 기술을 함께 적었습니다.',
    before: (year: number) => `${year}년 이전`,
    category: '분류',
    all: '전체 분류',
    count: (shown: number, total: number) => `사건 ${total}개 중 ${shown}개`,
    firstRelease: '첫 공개 또는 발표',
    statusChange: {
      active: '안정 버전 출시, 활발히 개발 중',
      maintenance: '유지보수 단계로 전환',
      deprecated: '사용 중단 예정',
      retired: '종료',
    },
    replacedBy: '후속 기술',
    yearHeading: (year: string) => `${year}년`,
  },
};

const dictionaries: Record<Locale, CompareDictionary> = { en, ko };

export function getCompareDictionary(locale: Locale): CompareDictionary {
  return dictionaries[locale];
}
