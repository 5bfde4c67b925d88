/**
 * Names of technologies and synonym groups, shared by the index builder and
 * the successor questions: a technology is named by its title, the title
 * without its abbreviation, the abbreviation ("Azure Container Service (ACS)"
 * → acs) and its slug's words (docker-machine → docker machine).
 */
export function technologyNames(title: string, slug: string): string[] {
  const names = new Set<string>();
  const lower = title.toLowerCase().trim();
  names.add(lower);
  // Only an abbreviation made of the name's initials counts: "(ACS)" after Azure Container Service, not "(copy 2)" or "(Moby)".
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(lower);
  if (bracket) {
    const [, full, short] = bracket as unknown as [string, string, string];
    const initials = full.split(/[\s-]+/).filter(Boolean).map((word) => word[0]).join('');
    if (short.trim() === initials) {
      names.add(full.trim());
      names.add(short.trim());
    }
  }
  names.add(slug.replace(/-/g, ' '));
  return [...names].filter(Boolean);
}

/**
 * Joins groups that share a name (case-insensitive), so a name belongs to one
 * group: the synonyms file may already list [acs, azure container service, …]
 * and the technology names add its title to the same group.
 */
export function mergeSynonymGroups(groups: readonly (readonly string[])[]): string[][] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const name of group) {
      const key = name.toLowerCase().trim();
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const merged = new Map<number, Set<string>>();
  groups.forEach((group, i) => {
    const root = find(i);
    const set = merged.get(root) ?? new Set<string>();
    for (const name of group) set.add(name.toLowerCase().trim());
    merged.set(root, set);
  });
  return [...merged.values()].map((set) => [...set]).filter((group) => group.length > 1);
}
