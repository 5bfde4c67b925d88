/**
 * The fixed vocabularies of the content schema, without zod, so client
 * components (table filters, the timeline filter) can use them without
 * shipping the validation library to the browser. schema.ts re-exports them.
 */

export const CATEGORIES = [
  'container-runtime',
  'orchestrator',
  'openstack-project',
  'azure-service',
  'tooling',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['active', 'maintenance', 'deprecated', 'retired'] as const;
export type Status = (typeof STATUSES)[number];

export const RATINGS = ['pro', 'con', 'neutral', 'na'] as const;
export type Rating = (typeof RATINGS)[number];

export const OPENSTACK_SERVICES = [
  'nova',
  'neutron',
  'cinder',
  'manila',
  'heat',
  'keystone',
  'glance',
  'barbican',
  'octavia',
] as const;

export const CONTROL_PLANES = ['self-managed', 'provider-managed', 'not-applicable'] as const;

/** The body sections every article must have, by heading id (`## Title {#id}`). */
export const REQUIRED_SECTIONS = ['what-it-is', 'how-it-works', 'history-and-status', 'when-to-use'] as const;

/** The comparison facts a table cell can show; `backedBy` links each to the article section that states it. */
export const COMPARISON_FACTS = ['provides', 'openstackServices', 'controlPlane', 'orchestrators', 'billing', 'isolation'] as const;
export type ComparisonFact = (typeof COMPARISON_FACTS)[number];
