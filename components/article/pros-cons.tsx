import { PointList } from '../ui/point-list';
import type { Technology } from '@/lib/content/load';
import type { Criterion } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { SectionHeading } from './section-heading';
import { HeadingAnchor } from '../ui/heading-anchor';

/** The frontmatter's pros and cons, each with the criterion it speaks to. */
export function ProsCons({ tech, criteria, locale }: { tech: Technology; criteria: Criterion[]; locale: Locale }) {
  const t = getDictionary(locale).article;
  const names = new Map(criteria.map((c) => [c.key, c.name[locale]]));
  const lists = [
    { key: 'pros', title: t.pros, points: tech.pros, symbol: '+', tone: 'text-emerald-800 dark:text-emerald-300' },
    { key: 'cons', title: t.cons, points: tech.cons, symbol: '−', tone: 'text-rose-800 dark:text-rose-300' },
  ] as const;
  return (
    <section aria-labelledby="pros-and-cons" className="mt-12">
      <SectionHeading id="pros-and-cons" locale={locale}>{t.prosAndCons}</SectionHeading>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {lists.map((list) => (
          <div key={list.key}>
            <h3 id={list.key} className={`group mb-2 font-semibold ${list.tone}`}>
              {list.title}
              <HeadingAnchor id={list.key} locale={locale} />
            </h3>
            <PointList points={list.points} symbol={list.symbol} tone={list.tone} criterionNames={names} criterionLabel={t.criterion} />
          </div>
        ))}
      </div>
    </section>
  );
}
