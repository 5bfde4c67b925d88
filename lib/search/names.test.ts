import { describe, expect, it } from 'vitest';
import { mergeSynonymGroups, technologyNames } from './names';

describe('technology names', () => {
  it('takes an abbreviation made of the initials, and the slug words', () => {
    expect(technologyNames('Azure Container Service (ACS)', 'azure-container-service')).toEqual(['azure container service (acs)', 'azure container service', 'acs']);
    expect(technologyNames('Docker Machine', 'docker-machine')).toEqual(['docker machine']);
  });

  it('does not take other brackets as names, which would join unrelated technologies', () => {
    expect(technologyNames('Kubernetes (copy 2)', 'kubernetes-copy-2')).toEqual(['kubernetes (copy 2)', 'kubernetes copy 2']);
  });

  it('merges groups that share a name, case-insensitively, and drops groups of one', () => {
    expect(mergeSynonymGroups([['ACS', '애저 컨테이너 서비스'], ['azure container service', 'acs'], ['zun']])).toEqual([['acs', '애저 컨테이너 서비스', 'azure container service']]);
  });
});
