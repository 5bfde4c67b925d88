import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Validates each manifest against the Kubernetes OpenAPI schema (kubernetes-models
 * ships it compiled) and asserts the fields that matter for security and uptime.
 * The schema checks types, enums and required fields; like kubeconform without
 * -strict it does not reject unknown fields, so the fields that matter are
 * asserted by path below.
 */
const dir = path.join(import.meta.dirname, 'kubernetes');
const load = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

const models = {
  'deployment.yaml': Deployment,
  'service.yaml': Service,
  'ingress.yaml': Ingress,
  'hpa.yaml': HorizontalPodAutoscaler,
  'pdb.yaml': PodDisruptionBudget,
} as const;

describe('manifests are valid Kubernetes objects', () => {
  for (const [file, Model] of Object.entries(models)) {
    it(file, () => {
      const manifest = load(file);
      const model = new Model(manifest as never);
      expect(() => model.validate()).not.toThrow();
      expect(manifest.apiVersion).toBe(model.apiVersion);
      expect(manifest.kind).toBe(model.kind);
    });
  }

  it('the validator does reject a wrong manifest', () => {
    const broken = load('deployment.yaml') as { spec: { replicas: unknown } };
    broken.spec.replicas = 'two';
    expect(() => new Deployment(broken as never).validate()).toThrow(/replicas/);
  });

  it('kustomization lists every manifest', () => {
    const kustomization = load('kustomization.yaml') as { resources: string[] };
    expect(kustomization.resources.sort()).toEqual(Object.keys(models).sort());
  });
});

describe('the Deployment', () => {
  const deployment = new Deployment(load('deployment.yaml') as never);
  const pod = deployment.spec!.template.spec!;
  const container = pod.containers[0]!;

  it('runs two replicas that roll without losing capacity', () => {
    expect(deployment.spec!.replicas).toBe(2);
    expect(deployment.spec!.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
  });

  it('runs as non-root with a read-only root filesystem and no privileges', () => {
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBe(101);
    expect(pod.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
  });

  it('gives nginx a writable /tmp, where deploy/nginx.conf keeps its pid and temp files', () => {
    const mount = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
    expect(mount).toBeDefined();
    expect(pod.volumes?.find((v) => v.name === mount!.name)?.emptyDir).toBeDefined();
    const nginx = readFileSync(path.join(import.meta.dirname, 'nginx.conf'), 'utf8');
    expect(nginx).toContain('pid /tmp/nginx.pid;');
  });

  it('probes /healthz on the port nginx listens on', () => {
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    for (const probe of [container.readinessProbe, container.livenessProbe]) {
      expect(probe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    }
    expect(readFileSync(path.join(import.meta.dirname, 'nginx.conf'), 'utf8')).toContain('listen 8080;');
  });

  it('requests and limits CPU and memory', () => {
    for (const kind of ['requests', 'limits'] as const) {
      expect(container.resources?.[kind]?.cpu, kind).toBeDefined();
      expect(container.resources?.[kind]?.memory, kind).toBeDefined();
    }
  });
});

describe('the objects around it select the Deployment', () => {
  const labels = new Deployment(load('deployment.yaml') as never).spec!.template.metadata!.labels!;

  it('Service → pods, Ingress → Service, HPA → Deployment, PDB → pods', () => {
    const service = new Service(load('service.yaml') as never);
    expect(labels).toMatchObject(service.spec!.selector!);
    expect(service.spec!.ports![0]!.targetPort).toBe('http');
    const backend = new Ingress(load('ingress.yaml') as never).spec!.rules![0]!.http!.paths[0]!.backend.service!;
    expect(backend.name).toBe(service.metadata!.name);
    const hpa = new HorizontalPodAutoscaler(load('hpa.yaml') as never);
    expect(hpa.spec!.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'container-atlas' });
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = new PodDisruptionBudget(load('pdb.yaml') as never);
    expect(labels).toMatchObject(pdb.spec!.selector!.matchLabels!);
    expect(pdb.spec!.minAvailable).toBe(1);
  });
});
