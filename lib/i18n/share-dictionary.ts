import type { Locale } from './locales';

/** Interface strings of the share features: heading links, the share panel, the handout's QR code. */
const en = {
  sectionLink: 'Link to this section',
  copySectionLink: 'Copy link to this section',
  copied: 'Link copied',
  copyFailed: 'Could not copy. Copy the link from the address bar instead.',
  share: 'Share',
  shareTitle: 'Share this view',
  shareHint: 'The link and the QR code include the current view, with its filters and settings.',
  linkLabel: 'Link to this view',
  copyLink: 'Copy link',
  qrLabel: (url: string) => `QR code for ${url}`,
  present: 'Show large',
  endPresent: 'Show small',
  downloadSvg: 'Download QR code (SVG)',
  downloadPng: 'Download QR code (PNG)',
  close: 'Close',
  loading: 'Making the QR code…',
  loadFailed: 'The QR code could not be made. Reload the page and try again.',
  handoutQr: 'Scan to open this page',
};

export type ShareDictionary = typeof en;

const ko: ShareDictionary = {
  sectionLink: '이 섹션으로 가는 링크',
  copySectionLink: '이 섹션 링크 복사',
  copied: '링크를 복사했습니다',
  copyFailed: '복사하지 못했습니다. 주소 표시줄에서 링크를 복사해 주세요.',
  share: '공유',
  shareTitle: '지금 보는 화면 공유하기',
  shareHint: '링크와 QR 코드에는 지금 적용한 필터와 설정이 그대로 담깁니다.',
  linkLabel: '이 화면의 링크',
  copyLink: '링크 복사',
  qrLabel: (url: string) => `${url} 주소의 QR 코드`,
  present: '크게 보기',
  endPresent: '작게 보기',
  downloadSvg: 'QR 코드 내려받기 (SVG)',
  downloadPng: 'QR 코드 내려받기 (PNG)',
  close: '닫기',
  loading: 'QR 코드를 만드는 중…',
  loadFailed: 'QR 코드를 만들지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.',
  handoutQr: '스캔하면 이 페이지가 열립니다',
};

const dictionaries: Record<Locale, ShareDictionary> = { en, ko };

export function getShareDictionary(locale: Locale): ShareDictionary {
  return dictionaries[locale];
}
