import type { Locale } from '../i18n/locales';

/**
 * The fixed query set of the search benchmark (scripts/bench-search.ts): what
 * readers type, by kind, with the page a good search must put in its top five.
 * Half are Korean. Kept as data next to the engine so tests can reuse it.
 */
export interface BenchQuery {
  locale: Locale;
  kind: string;
  query: string;
  /** The page path that should be among the first five results. */
  expect: string;
}

const ko = (kind: string, query: string, page: string): BenchQuery => ({ locale: 'ko', kind, query, expect: `/ko/${page}/` });
const en = (kind: string, query: string, page: string): BenchQuery => ({ locale: 'en', kind, query, expect: `/en/${page}/` });

export const RECALL_QUERIES: BenchQuery[] = [
  ko('particle', '쿠버네티스', 'tech/kubernetes'),
  ko('particle', '팟', 'glossary'),
  ko('particle', '라벨로', 'glossary'),
  ko('particle', '쿠버네티스에서는', 'tech/kubernetes'),
  ko('particle', '레플리카셋을', 'glossary'),
  ko('particle', '하이퍼바이저를', 'tech/kata-containers'),
  ko('prefix', '쿠버', 'tech/kubernetes'),
  ko('prefix', '매그', 'tech/magnum'),
  ko('prefix', '하이퍼', 'tech/kata-containers'),
  ko('choseong', 'ㅋㅂㄴㅌㅅ', 'tech/kubernetes'),
  ko('choseong', 'ㄷㅋ', 'tech/docker'),
  ko('choseong', 'ㅍㄷ', 'glossary'),
  ko('synonym', 'k8s', 'tech/kubernetes'),
  ko('synonym', 'kubernetes', 'tech/kubernetes'),
  ko('synonym', '도커', 'tech/docker'),
  ko('synonym', '애저 컨테이너 서비스', 'tech/azure-container-service'),
  ko('synonym', 'acs', 'tech/azure-container-service'),
  ko('synonym', '복제 컨트롤러', 'glossary'),
  ko('synonym', '오픈스택 헬름', 'tech/openstack-helm'),
  ko('joined', '컨트롤플레인', 'glossary'),
  ko('joined', '스웜모드', 'tech/docker-swarm'),
  ko('joined', '컨테이너런타임', 'glossary'),
  ko('mid-word', '네티스', 'tech/kubernetes'),
  ko('mid-word', '플리카셋', 'glossary'),
  ko('mid-word', '비저닝', 'tech/docker-machine'),
  ko('several words', '쿠버네티스 파드', 'tech/kubernetes'),
  ko('still typing', '쿠번', 'tech/kubernetes'),
  ko('keyboard layout', 'znqjspxltm', 'tech/kubernetes'),
  en('case', 'KUBERNETES', 'tech/kubernetes'),
  en('prefix', 'kube', 'tech/kubernetes'),
  en('prefix', 'magn', 'tech/magnum'),
  en('stem', 'provisioned', 'tech/docker-machine'),
  en('stem', 'selector matches', 'glossary'),
  en('stem', 'hypervisors', 'tech/kata-containers'),
  en('typo', 'kuberntes', 'tech/kubernetes'),
  en('typo', 'magnun', 'tech/magnum'),
  en('typo', 'hypervsor', 'tech/kata-containers'),
  en('typo', 'kolal', 'tech/kolla'),
  en('synonym', 'k8s', 'tech/kubernetes'),
  en('synonym', 'acs', 'tech/azure-container-service'),
  en('synonym', '쿠버네티스', 'tech/kubernetes'),
  en('synonym', 'azure container service', 'tech/azure-container-service'),
  en('synonym', 'pod', 'glossary'),
  en('joined', 'containerruntime', 'glossary'),
  en('joined', 'controlplane', 'glossary'),
  en('phrase', 'replication controller', 'glossary'),
  en('exact', 'tiller', 'tech/helm'),
  en('exact', 'marathon', 'tech/dcos'),
  en('exact', 'libnetwork', 'tech/kuryr'),
  en('exact', 'kolla-ansible', 'tech/kolla'),
  en('exact', 'nova-docker', 'tech/nova-docker'),
  en('several words', 'docker swarm mode', 'tech/docker-swarm'),
];

/** Extra latency-only queries: keystrokes of a word being typed, and hostile input. */
export const LATENCY_ONLY: { locale: Locale; query: string }[] = [
  ...['k', 'ku', 'kub', 'kube', 'kuber', 'c', 'co', 'con', 'cont'].map((query) => ({ locale: 'en' as const, query })),
  ...['쿠', '쿠버', '쿠버네', '컨', '컨테', '컨테이', 'ㅋ', 'ㅋㅂ'].map((query) => ({ locale: 'ko' as const, query })),
  { locale: 'en', query: '.*+?^${}()|[]\\' },
  { locale: 'en', query: '<img src=x onerror=alert(1)>' },
  { locale: 'ko', query: '가'.repeat(10_000) },
  { locale: 'ko', query: '😀 컨테이너 \uD800' },
];
