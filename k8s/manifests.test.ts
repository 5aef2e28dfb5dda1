import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";

/**
 * Every manifest, validated against the Kubernetes JSON schemas that ship inside the
 * kubernetes-models package (no download at run time), plus the numbers issue 11 asks for.
 */
const dir = __dirname;
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

interface Doc {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
  spec?: Record<string, unknown>;
  [key: string]: unknown;
}

function docsOf(file: string): Doc[] {
  return parseAllDocuments(readFileSync(path.join(dir, file), "utf8")).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    return doc.toJS() as Doc;
  });
}

/** `apps/v1` + `Deployment` → the kubernetes-models class, whose validate() checks the schema. */
function modelFor(doc: Doc): { validate(): void } {
  // The core group ("v1") has its own folder, like "apps/v1".
  const group = doc.apiVersion;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the model module is chosen per document (apiVersion/kind), which a static import cannot express
  const mod = require(`kubernetes-models/${group}/${doc.kind}`) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = mod[doc.kind];
  if (!Model) throw new Error(`no schema for ${doc.apiVersion} ${doc.kind}`);
  return new Model(doc);
}

const all = files.flatMap((file) => docsOf(file).map((doc) => ({ file, doc })));
const find = (kind: string) => all.filter(({ doc }) => doc.kind === kind).map(({ doc }) => doc);

describe("k8s manifests", () => {
  it.each(all.filter(({ doc }) => doc.kind !== "Kustomization").map(({ file, doc }) => [file, doc.kind, doc] as const))(
    "%s (%s) is valid against the Kubernetes schema",
    (_file, _kind, doc) => {
      expect(() => modelFor(doc).validate()).not.toThrow();
    },
  );

  it("a broken manifest fails validation", () => {
    const [deployment] = find("Deployment");
    const broken = structuredClone(deployment) as Doc & { spec: { template: { spec: { containers: { ports: unknown[] }[] } } } };
    broken.spec.template.spec.containers[0].ports = [{ containerPort: "three thousand" }];
    expect(() => modelFor(broken).validate()).toThrow();
  });

  it("has every kind the deployment needs", () => {
    for (const kind of ["Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Job", "CronJob", "ConfigMap"]) {
      expect(find(kind)).toHaveLength(1);
    }
  });

  it("autoscales 2–50 replicas at CPU 70 % and memory 80 %", () => {
    const [hpa] = find("HorizontalPodAutoscaler") as unknown as {
      apiVersion: string;
      spec: { minReplicas: number; maxReplicas: number; scaleTargetRef: { name: string }; metrics: { resource: { name: string; target: { averageUtilization: number } } }[] };
    }[];
    expect(hpa.apiVersion).toBe("autoscaling/v2");
    expect(hpa.spec.minReplicas).toBe(2);
    expect(hpa.spec.maxReplicas).toBe(50);
    const target = Object.fromEntries(hpa.spec.metrics.map((m) => [m.resource.name, m.resource.target.averageUtilization]));
    expect(target).toEqual({ cpu: 70, memory: 80 });
    expect(hpa.spec.scaleTargetRef.name).toBe(find("Deployment")[0].metadata?.name);
  });

  it("probes liveness on /api/health and readiness on /api/ready", () => {
    const [deployment] = find("Deployment") as unknown as { spec: { template: { spec: { containers: Record<string, { httpGet: { path: string } }>[] } } } }[];
    const web = deployment.spec.template.spec.containers[0];
    expect(new URL(web.livenessProbe.httpGet.path, "http://x").pathname).toBe("/api/health");
    expect(new URL(web.readinessProbe.httpGet.path, "http://x").pathname).toBe("/api/ready");
  });

  it("lists only existing files in the kustomization", () => {
    const [kustomization] = find("Kustomization") as unknown as { resources: string[] }[];
    for (const resource of kustomization.resources) expect(existsSync(path.join(dir, resource))).toBe(true);
  });
});
