import type { Technology } from '@/lib/content/load';
import { CATEGORIES } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';
import { StatusBadge } from './ui/status-badge';

/** Every technology, grouped by category, each with its status badge. */
export function TechnologyCardList({ technologies, locale }: { technologies: Technology[]; locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className="space-y-10">
      {CATEGORIES.map((category) => {
        const items = technologies.filter((tech) => tech.category === category);
        if (items.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`category-${category}`}>
            <h3 id={`category-${category}`} className="mb-3 text-lg font-semibold">
              {t.categories[category]}
            </h3>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((tech) => {
                const ended = tech.status.state === 'retired' || tech.status.state === 'deprecated';
                return (
                  <li key={tech.slug}>
                    <a
                      href={routes.tech(locale, tech.slug)}
                      className={`block h-full rounded-lg border p-4 transition hover:border-brand-600 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600 ${
                        ended
                          ? 'border-dashed border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900'
                          : 'border-slate-200 dark:border-slate-800'
                      }`}
                    >
                      <span className="flex items-start justify-between gap-2">
                        <span className="font-semibold text-slate-900 dark:text-white">{tech.title}</span>
                        <StatusBadge status={tech.status.state} locale={locale} />
                      </span>
                      {/* overflow-wrap: anywhere lets a long identifier (Microsoft.Azure.Extensions/DockerExtension) wrap instead of widening a phone's page. */}
                      <span className="mt-2 block text-sm text-slate-600 [overflow-wrap:anywhere] dark:text-slate-300">{tech.summary}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
