import type { Locale } from '../i18n/locales';

/**
 * The fixed, visible query set of the search benchmark (scripts/bench-search.ts):
 * what readers type, by kind, with the page a good search must put among its
 * first five results. Written from the real articles in content/en and
 * content/ko. Kept as data next to the engine so tests can reuse it.
 */

/** What makes a query hard, one kind per query; recall@5 is reported per language and kind. */
export const QUERY_KINDS = [
  /** The name or word as written in the article. */
  'exact',
  /** Upper case for lower case. */
  'case',
  /** The start of a word, as while typing. */
  'prefix',
  /** A word being typed, its last syllable still half-composed (쿠번 for 쿠버네). */
  'still-typing',
  /** A Korean word with a particle attached (쿠버네티스에서는, 헬름으로). */
  'particle',
  /** Initial consonants only, including names of more than one word (ㄷㅋ ㅁㅅ). */
  'choseong',
  /** One misspelt syllable or jamo in a Korean name of three or more syllables (쿠버내티스). */
  'misspelt',
  /** Another Korean spelling of a product's name (큐버네티스, 마그넘). */
  'transliteration',
  /** Words written together that the article writes apart, or the other way round (도커머신). */
  'spacing',
  /** An English name typed on the Korean site. */
  'english-name',
  /** A Korean name typed on the English site. */
  'korean-name',
  /** One letter wrong, missing, extra or two letters swapped, in English. */
  'typo',
  /** Another form of an English word (provisioned, hypervisors). */
  'word-form',
  /** A question about what replaced what, answered from the frontmatter's successors. */
  'successor',
  /** Another name for the same thing, from content/data/synonyms.yaml (k8s, 복제 컨트롤러). */
  'synonym',
  /** The middle of a Korean word (네티스). */
  'mid-word',
  /** Several words that must all be found. */
  'several-words',
  /** Korean typed with the keyboard in English layout (znqjspxltm is 쿠버네티스). */
  'keyboard-layout',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  locale: Locale;
  kind: QueryKind;
  query: string;
  /** The page path that should be among the first five results. */
  expect: string;
}

const ko = (kind: QueryKind, query: string, page: string): BenchQuery => ({ locale: 'ko', kind, query, expect: `/ko/${page}/` });
const en = (kind: QueryKind, query: string, page: string): BenchQuery => ({ locale: 'en', kind, query, expect: `/en/${page}/` });

const KOREAN: BenchQuery[] = [
  ko('exact', '쿠버네티스', 'tech/kubernetes'),
  ko('exact', '하이퍼바이저', 'tech/kata-containers'),
  ko('exact', '카타 컨테이너', 'tech/kata-containers'),
  ko('exact', '레플리카셋', 'glossary'),

  ko('particle', '팟', 'glossary'),
  ko('particle', '라벨로', 'glossary'),
  ko('particle', '쿠버네티스에서는', 'tech/kubernetes'),
  ko('particle', '레플리카셋을', 'glossary'),
  ko('particle', '하이퍼바이저를', 'tech/kata-containers'),
  ko('particle', '헬름으로', 'tech/helm'),
  ko('particle', '도커를', 'tech/docker'),
  ko('particle', '스웜에서', 'tech/docker-swarm'),
  ko('particle', '셀렉터가', 'glossary'),
  ko('particle', '카타 컨테이너는', 'tech/kata-containers'),
  ko('particle', '매그넘으로', 'tech/magnum'),
  ko('particle', '디플로이먼트와', 'glossary'),
  ko('particle', '오케스트레이터들', 'tech/kubernetes'),
  ko('particle', '하이퍼바이저들을', 'tech/kata-containers'),

  ko('prefix', '쿠버', 'tech/kubernetes'),
  ko('prefix', '매그', 'tech/magnum'),
  ko('prefix', '하이퍼', 'tech/kata-containers'),
  ko('prefix', '레플리카', 'glossary'),
  ko('prefix', '카타 컨테', 'tech/kata-containers'),
  ko('prefix', '도커 머', 'tech/docker-machine'),
  ko('still-typing', '쿠번', 'tech/kubernetes'),
  ko('still-typing', '헬르', 'tech/helm'),

  ko('choseong', 'ㅋㅂㄴㅌㅅ', 'tech/kubernetes'),
  ko('choseong', 'ㄷㅋ', 'tech/docker'),
  ko('choseong', 'ㅍㄷ', 'glossary'),
  ko('choseong', 'ㅎㄹ', 'tech/helm'),
  ko('choseong', 'ㅁㄱㄴ', 'tech/magnum'),
  ko('choseong', 'ㄹㅍㄹㅋㅅ', 'glossary'),
  ko('choseong', 'ㄷㅋ ㅁㅅ', 'tech/docker-machine'),
  ko('choseong', 'ㄷㅋㅁㅅ', 'tech/docker-machine'),
  ko('choseong', 'ㄷㅋ ㅅㅇ', 'tech/docker-swarm'),
  ko('choseong', 'ㅋㅌ ㅋㅌㅇㄴ', 'tech/kata-containers'),
  ko('choseong', 'ㅇㅍㅅㅌ ㅎㄹ', 'tech/openstack-helm'),
  ko('choseong', 'ㅋㅌㄹ ㅍㄹㅇ', 'glossary'),
  ko('choseong', 'ㅇㅈ ㅋㅂㄴㅌㅅ ㅅㅂㅅ', 'tech/aks'),

  ko('misspelt', '쿠버내티스', 'tech/kubernetes'),
  ko('misspelt', '쿠버네티즈', 'tech/kubernetes'),
  ko('misspelt', '쿠바네티스', 'tech/kubernetes'),
  ko('misspelt', '레플리카섹', 'glossary'),
  ko('misspelt', '디플로이멘트', 'glossary'),
  ko('misspelt', '매그남', 'tech/magnum'),
  ko('misspelt', '셀렉타', 'glossary'),
  ko('misspelt', '카타 컨태이너', 'tech/kata-containers'),
  ko('misspelt', '오픈스텍 헬름', 'tech/openstack-helm'),
  ko('misspelt', '도커 머싱', 'tech/docker-machine'),
  ko('misspelt', '하이퍼바이조', 'tech/kata-containers'),
  ko('misspelt', '레플리케이숀 컨트롤러', 'glossary'),

  ko('transliteration', '큐버네티스', 'tech/kubernetes'),
  ko('transliteration', '쿠베르네테스', 'tech/kubernetes'),
  ko('transliteration', '쿠버네테스', 'tech/kubernetes'),
  ko('transliteration', '독커', 'tech/docker'),
  ko('transliteration', '마그넘', 'tech/magnum'),
  ko('transliteration', '핼름', 'tech/helm'),
  ko('transliteration', '카타 컨테이너스', 'tech/kata-containers'),
  ko('transliteration', '큐리어', 'tech/kuryr'),
  ko('transliteration', '콜라', 'tech/kolla'),
  ko('transliteration', '아주르 컨테이너 서비스', 'tech/azure-container-service'),
  ko('transliteration', '애져 쿠버네티스 서비스', 'tech/aks'),
  ko('transliteration', '엘엑스씨', 'tech/lxc'),
  ko('transliteration', '레플리카 세트', 'glossary'),

  ko('spacing', '도커머신', 'tech/docker-machine'),
  ko('spacing', '도커 머신', 'tech/docker-machine'),
  ko('spacing', '도커스웜', 'tech/docker-swarm'),
  ko('spacing', '스웜모드', 'tech/docker-swarm'),
  ko('spacing', '오픈스택헬름', 'tech/openstack-helm'),
  ko('spacing', '카타컨테이너', 'tech/kata-containers'),
  ko('spacing', '컨트롤플레인', 'glossary'),
  ko('spacing', '컨테이너런타임', 'glossary'),
  ko('spacing', '애저쿠버네티스서비스', 'tech/aks'),
  ko('spacing', '애저 컨테이너서비스', 'tech/azure-container-service'),
  ko('spacing', '레플리카 셋', 'glossary'),
  ko('spacing', '헬름차트', 'glossary'),
  ko('spacing', '노바도커', 'tech/nova-docker'),

  ko('english-name', 'kubernetes', 'tech/kubernetes'),
  ko('english-name', 'docker machine', 'tech/docker-machine'),
  ko('english-name', 'openstack helm', 'tech/openstack-helm'),
  ko('english-name', 'kata containers', 'tech/kata-containers'),
  ko('english-name', 'magnum', 'tech/magnum'),
  ko('english-name', 'zun', 'tech/zun'),
  ko('english-name', 'kuryr', 'tech/kuryr'),
  ko('english-name', 'kolla-ansible', 'tech/kolla'),
  ko('english-name', 'helm chart', 'glossary'),
  ko('english-name', 'azure kubernetes service', 'tech/aks'),
  ko('english-name', 'replicaset', 'glossary'),
  ko('english-name', 'dc/os', 'tech/dcos'),

  ko('successor', 'ACS 후속', 'tech/aks'),
  ko('successor', 'ACS 대체', 'tech/aks'),
  ko('successor', '애저 컨테이너 서비스 후속', 'tech/aks'),
  ko('successor', 'nova-docker 후속', 'tech/zun'),
  ko('successor', '노바 도커 대체', 'tech/zun'),
  ko('successor', 'DC/OS 후속', 'tech/kubernetes'),
  ko('successor', 'Docker VM Extension 대체', 'tech/aks'),
  // Docker Machine names no successor; search answers with what people use instead (alternatives: Podman).
  ko('successor', '도커 머신 후속', 'tech/podman'),

  ko('synonym', 'k8s', 'tech/kubernetes'),
  ko('synonym', '도커', 'tech/docker'),
  ko('synonym', '애저 컨테이너 서비스', 'tech/azure-container-service'),
  ko('synonym', 'acs', 'tech/azure-container-service'),
  ko('synonym', '복제 컨트롤러', 'glossary'),
  ko('synonym', '오픈스택 헬름', 'tech/openstack-helm'),
  ko('synonym', '메소스피어', 'tech/dcos'),
  ko('mid-word', '네티스', 'tech/kubernetes'),
  ko('mid-word', '플리카셋', 'glossary'),
  ko('mid-word', '비저닝', 'tech/docker-machine'),
  ko('several-words', '쿠버네티스 파드', 'tech/kubernetes'),
  ko('keyboard-layout', 'znqjspxltm', 'tech/kubernetes'),
];

const ENGLISH: BenchQuery[] = [
  en('exact', 'tiller', 'tech/helm'),
  en('exact', 'marathon', 'tech/dcos'),
  en('exact', 'libnetwork', 'tech/kuryr'),
  en('exact', 'kolla-ansible', 'tech/kolla'),
  en('exact', 'nova-docker', 'tech/nova-docker'),
  en('exact', 'replication controller', 'glossary'),
  en('case', 'KUBERNETES', 'tech/kubernetes'),
  en('case', 'Docker Machine', 'tech/docker-machine'),
  en('prefix', 'kube', 'tech/kubernetes'),
  en('prefix', 'magn', 'tech/magnum'),
  en('prefix', 'openstack-he', 'tech/openstack-helm'),
  en('prefix', 'replicase', 'glossary'),

  en('typo', 'kuberntes', 'tech/kubernetes'),
  en('typo', 'kuberentes', 'tech/kubernetes'),
  en('typo', 'kubernetse', 'tech/kubernetes'),
  en('typo', 'dokcer', 'tech/docker'),
  en('typo', 'docekr machine', 'tech/docker-machine'),
  en('typo', 'magnun', 'tech/magnum'),
  en('typo', 'mangum', 'tech/magnum'),
  en('typo', 'hlem', 'tech/helm'),
  en('typo', 'kolal', 'tech/kolla'),
  en('typo', 'kuyrr', 'tech/kuryr'),
  en('typo', 'hypervsor', 'tech/kata-containers'),
  en('typo', 'kata contaienrs', 'tech/kata-containers'),
  en('typo', 'openstakc helm', 'tech/openstack-helm'),
  en('typo', 'docker swram', 'tech/docker-swarm'),
  en('typo', 'azrue container service', 'tech/azure-container-service'),
  en('typo', 'replicaste', 'glossary'),
  en('typo', 'deployemnt', 'glossary'),
  en('typo', 'marathno', 'tech/dcos'),
  en('typo', 'libnetwrok', 'tech/kuryr'),
  en('typo', 'capsuels', 'tech/zun'),

  en('word-form', 'provisioned', 'tech/docker-machine'),
  en('word-form', 'hypervisors', 'tech/kata-containers'),
  en('word-form', 'selector matches', 'glossary'),
  en('word-form', 'charts', 'tech/helm'),
  en('word-form', 'replicas', 'glossary'),
  en('word-form', 'volume plugins', 'tech/fuxi'),
  en('word-form', 'capsule', 'tech/zun'),
  en('word-form', 'orchestrators', 'tech/kubernetes'),
  en('word-form', 'deploying openstack on kubernetes', 'tech/openstack-helm'),
  en('word-form', 'scheduled', 'tech/kubernetes'),

  en('korean-name', '쿠버네티스', 'tech/kubernetes'),
  en('korean-name', '도커', 'tech/docker'),
  en('korean-name', '매그넘', 'tech/magnum'),
  en('korean-name', '헬름', 'tech/helm'),
  en('korean-name', '카타 컨테이너', 'tech/kata-containers'),
  en('korean-name', '도커 머신', 'tech/docker-machine'),
  en('korean-name', '오픈스택 헬름', 'tech/openstack-helm'),
  en('korean-name', '스웜', 'tech/docker-swarm'),
  en('korean-name', '애저 쿠버네티스 서비스', 'tech/aks'),
  en('korean-name', '레플리카셋', 'glossary'),
  en('korean-name', '쿠리어', 'tech/kuryr'),
  en('korean-name', '메소스피어', 'tech/dcos'),

  en('successor', 'what replaced ACS', 'tech/aks'),
  en('successor', 'what replaced azure container service', 'tech/aks'),
  en('successor', 'acs successor', 'tech/aks'),
  // Docker Machine names no successor; search answers with what people use instead (alternatives: Podman).
  en('successor', 'successor of Docker Machine', 'tech/podman'),
  en('successor', 'successor of nova-docker', 'tech/zun'),
  en('successor', 'nova-docker replacement', 'tech/zun'),
  en('successor', 'what replaced DC/OS', 'tech/kubernetes'),
  en('successor', 'replacement for the docker vm extension', 'tech/aks'),

  en('synonym', 'k8s', 'tech/kubernetes'),
  en('synonym', 'acs', 'tech/azure-container-service'),
  en('synonym', 'azure container service', 'tech/azure-container-service'),
  en('synonym', 'pod', 'glossary'),
  en('synonym', 'mesosphere', 'tech/dcos'),
  en('synonym', 'linux containers', 'tech/lxc'),
  en('spacing', 'containerruntime', 'glossary'),
  en('spacing', 'controlplane', 'glossary'),
  en('spacing', 'dockermachine', 'tech/docker-machine'),
  en('spacing', 'open stack helm', 'tech/openstack-helm'),
  en('several-words', 'docker swarm mode', 'tech/docker-swarm'),
  en('several-words', 'kubernetes clusters on openstack', 'tech/magnum'),
];

export const RECALL_QUERIES: BenchQuery[] = [...KOREAN, ...ENGLISH];

/** The one-word queries whose first results the browser benchmark times, per language. */
export const FIRST_RESULT_QUERY: Record<Locale, string> = { en: 'kubernetes', ko: '쿠버네티스' };

/** Extra latency-only queries: keystrokes of a word being typed, and hostile input. */
export const LATENCY_ONLY: { locale: Locale; query: string }[] = [
  ...['k', 'ku', 'kub', 'kube', 'kuber', 'c', 'co', 'con', 'cont'].map((query) => ({ locale: 'en' as const, query })),
  ...['쿠', '쿠버', '쿠버네', '컨', '컨테', '컨테이', 'ㅋ', 'ㅋㅂ'].map((query) => ({ locale: 'ko' as const, query })),
  { locale: 'en', query: '.*+?^${}()|[]\\' },
  { locale: 'en', query: '<img src=x onerror=alert(1)>' },
  { locale: 'ko', query: '가'.repeat(10_000) },
  { locale: 'ko', query: '😀 컨테이너 \uD800' },
];
