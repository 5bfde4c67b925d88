import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ImageResponse } from 'next/og';
import type { Status } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { SHARE_IMAGE_SIZE } from './share-image-path';

/** What one share image shows. Texts come from the content loader and the dictionaries. */
export interface ShareCard {
  locale: Locale;
  /** A short line above the title: the category, or the site's tagline. */
  kicker: string;
  title: string;
  summary: string;
  /** The status badge, as on the article; absent on the home page. */
  badge?: { status: Status; label: string };
  /** An article's lifespan lane, as on the page (lib/timeline/lanes.ts): years as fractions on the chart's span. */
  lane?: ShareLane;
  /** Bottom right: where the page lives (host and path), so a screenshot still says where to go. */
  address: string;
}

export interface ShareLane {
  from: number;
  to: number;
  start: number;
  end: number;
  state: Status;
  /** "2015 – 2020", or "2017 – today", in the card's language. */
  label: string;
}

const require = createRequire(import.meta.url);

/** The lane colours of the light theme (globals.css --lane-*); retired is grey, as on the page. */
const LANE: Record<Status, string> = { active: '#047857', maintenance: '#b45309', deprecated: '#be123c', retired: '#64748b' };
const LANE_WIDTH = 1056;

function Lane({ lane }: { lane: ShareLane }) {
  const scale = LANE_WIDTH / (lane.to - lane.from);
  const left = Math.round((lane.start - lane.from) * scale);
  const width = Math.max(Math.round((lane.end - lane.start) * scale), 6);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', marginTop: 20, marginBottom: 16 }}>
      <div style={{ display: 'flex', position: 'relative', width: LANE_WIDTH, height: 18, borderRadius: 9, background: '#e2e8f0' }}>
        <div style={{ display: 'flex', position: 'absolute', left, top: 0, width, height: 18, borderRadius: 9, background: LANE[lane.state] }} />
      </div>
      <div style={{ display: 'flex', marginTop: 6, marginLeft: Math.min(left, LANE_WIDTH - 260), fontSize: 24, color: '#475569' }}>{lane.label}</div>
    </div>
  );
}

/**
 * Pretendard covers Hangul and Latin in one family and is bundled from npm, so
 * Korean never depends on the build machine's fonts or on a network fetch.
 * (satori reads OTF, TTF and WOFF, not WOFF2.)
 */
function loadFonts() {
  const file = (weight: string) => readFileSync(require.resolve(`pretendard/dist/public/static/Pretendard-${weight}.otf`));
  return [
    { name: 'Pretendard', data: file('Regular'), weight: 400 as const, style: 'normal' as const },
    { name: 'Pretendard', data: file('Bold'), weight: 700 as const, style: 'normal' as const },
  ];
}
let fonts: ReturnType<typeof loadFonts> | undefined;

/** The badge colours of components/ui/status-badge.tsx, as plain hex for satori. */
const BADGE: Record<Status, { background: string; color: string; ring: string }> = {
  active: { background: '#d1fae5', color: '#064e3b', ring: '#6ee7b7' },
  maintenance: { background: '#e0f2fe', color: '#0c4a6e', ring: '#7dd3fc' },
  deprecated: { background: '#fef3c7', color: '#78350f', ring: '#fcd34d' },
  retired: { background: '#ffe4e6', color: '#881337', ring: '#fda4af' },
};

/** The badge's symbol drawn as a shape, not a glyph, so it never depends on font coverage. */
function StatusSymbol({ status, color }: { status: Status; color: string }) {
  const shape = {
    active: <circle cx="12" cy="12" r="9" fill={color} />,
    maintenance: <path d="M12 3a9 9 0 1 0 0 18V3z" fill={color} stroke={color} strokeWidth="2" />,
    deprecated: <path d="M12 3l10 18H2z" fill={color} />,
    retired: <path d="M5 5l14 14M19 5L5 19" stroke={color} strokeWidth="4" strokeLinecap="round" />,
  }[status];
  return (
    <svg width="28" height="28" viewBox="0 0 24 24">
      {shape}
    </svg>
  );
}

/** Long names ("Azure Kubernetes Service (AKS)") get a smaller size so they break between words, not inside them. */
function titleSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 20) return 76;
  if (length <= 30) return 62;
  return 52;
}

function Card({ card }: { card: ShareCard }) {
  const badge = card.badge ? BADGE[card.badge.status] : undefined;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff', color: '#0f172a', fontFamily: 'Pretendard', wordBreak: 'keep-all' }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 72px 48px' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 30 }}>
          <div style={{ display: 'flex', width: 36, height: 36, borderRadius: 8, background: '#1d5fc4', marginRight: 16 }} />
          <span style={{ fontWeight: 700, color: '#174c9e' }}>Container Atlas</span>
          <span style={{ marginLeft: 20, color: '#475569' }}>{card.kicker}</span>
        </div>
        <div style={{ display: 'block', marginTop: 44, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, letterSpacing: -1, lineClamp: 2 }}>{card.title}</div>
        <div style={{ display: 'block', marginTop: 24, fontSize: 34, lineHeight: 1.45, color: '#334155', lineClamp: card.lane ? 3 : 4 }}>{card.summary}</div>
        <div style={{ display: 'flex', flexGrow: 1 }} />
        {card.lane ? <Lane lane={card.lane} /> : null}
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28 }}>
          {card.badge && badge ? (
            <div style={{ display: 'flex', alignItems: 'center', padding: '8px 22px 8px 16px', borderRadius: 999, background: badge.background, color: badge.color, border: `2px solid ${badge.ring}`, fontWeight: 700 }}>
              <StatusSymbol status={card.badge.status} color={badge.color} />
              <span style={{ marginLeft: 10 }}>{card.badge.label}</span>
            </div>
          ) : (
            <div style={{ display: 'flex' }} />
          )}
          <span style={{ color: '#475569' }}>{card.address}</span>
        </div>
      </div>
      <div style={{ display: 'flex', height: 14, background: '#1d5fc4' }} />
    </div>
  );
}

/** Renders one 1200 × 630 PNG share image. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  fonts ??= loadFonts();
  const response = new ImageResponse(<Card card={card} />, { ...SHARE_IMAGE_SIZE, fonts });
  return Buffer.from(await response.arrayBuffer());
}
