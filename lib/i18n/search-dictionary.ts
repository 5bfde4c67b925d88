import type { Locale } from './locales';

/** Interface strings of search (the header button, the dialog and the search page), in both languages. */
const en = {
  button: 'Search',
  buttonHint: 'Search the site (Ctrl+K or /)',
  dialogTitle: 'Search Container Atlas',
  inputLabel: 'Search',
  placeholder: 'Search: Kubernetes, pod, AKS…',
  close: 'Close',
  loading: 'Loading the search index…',
  loadError: 'Search could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  resultsLabel: 'Search results',
  resultCount: (pages: number) => (pages === 1 ? '1 page found' : `${pages} pages found`),
  printedQuery: (query: string) => `Search: “${query}”`,
  partial: 'No page has all of your words; these pages have most of them.',
  corrected: (query: string) => `Showing results for “${query}”.`,
  answer: (name: string, successors: boolean) => (successors ? `What replaced ${name}:` : `What people use instead of ${name}:`),
  noResults: (query: string) => `Nothing found for “${query}”.`,
  noResultsHelp: 'Check the spelling, use fewer words, or try one of these:',
  nothingToSearch: 'Type a word to search; punctuation and symbols alone are not searched.',
  keepTyping: 'Keep typing: one letter matches too many words.',
  suggestions: ['Kubernetes', 'pod', 'AKS', 'Magnum', '쿠버네티스'],
  recent: 'Recent searches',
  clearRecent: 'Clear',
  keyboardHelp: '↑ ↓ to move, Enter to open, Esc to close',
  page: {
    title: 'Search',
    description: 'Search every article, the glossary and the 2018 talk, in English or Korean.',
    intro: 'Type a technology, a concept or a Korean term. Links to this page keep the search, so you can share them.',
    noScript: 'Search needs JavaScript. The home page lists every technology, and the glossary every term.',
  },
};

export type SearchDictionary = typeof en;

const ko: SearchDictionary = {
  button: '검색',
  buttonHint: '사이트 검색 (Ctrl+K 또는 /)',
  dialogTitle: 'Container Atlas 검색',
  inputLabel: '검색어',
  placeholder: '검색: 쿠버네티스, 파드, ㅋㅂㄴㅌㅅ…',
  close: '닫기',
  loading: '검색 색인을 불러오는 중…',
  loadError: '검색을 불러오지 못했습니다. 연결 상태를 확인하고 다시 시도해 주세요.',
  retry: '다시 시도',
  resultsLabel: '검색 결과',
  resultCount: (pages: number) => `페이지 ${pages}개를 찾았습니다`,
  printedQuery: (query: string) => `검색어: “${query}”`,
  partial: '모든 검색어가 들어간 페이지가 없어, 가장 많이 들어간 페이지를 보여 드립니다.',
  corrected: (query: string) => `“${query}” 검색 결과를 보여 드립니다.`,
  answer: (name: string, successors: boolean) => (successors ? `${name}의 후속:` : `${name} 대신 쓰는 것:`),
  noResults: (query: string) => `“${query}”에 대한 검색 결과가 없습니다.`,
  noResultsHelp: '맞춤법을 확인하거나 검색어를 줄여 보세요. 이런 검색어는 어떨까요?',
  nothingToSearch: '검색할 낱말을 입력해 주세요. 기호나 문장 부호만으로는 검색하지 않습니다.',
  keepTyping: '조금 더 입력해 주세요. 로마자 한 글자로는 너무 많은 낱말이 맞습니다.',
  suggestions: ['쿠버네티스', '파드', '레이블', 'AKS', 'ㄷㅋ'],
  recent: '최근 검색어',
  clearRecent: '지우기',
  keyboardHelp: '↑ ↓ 이동, Enter 열기, Esc 닫기',
  page: {
    title: '검색',
    description: '모든 글과 용어집, 2018년 발표 자료를 한국어나 영어로 검색합니다.',
    intro: '기술 이름, 개념, 한국어 용어를 입력해 보세요. 초성(ㅋㅂㄴㅌㅅ)으로도 찾을 수 있고, 이 페이지의 주소를 공유하면 같은 검색 결과가 열립니다.',
    noScript: '검색은 JavaScript가 있어야 동작합니다. 홈에서 모든 기술을, 용어집에서 모든 용어를 볼 수 있습니다.',
  },
};

const dictionaries: Record<Locale, SearchDictionary> = { en, ko };

export function getSearchDictionary(locale: Locale): SearchDictionary {
  return dictionaries[locale];
}
