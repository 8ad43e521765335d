/** The status of one component the server depends on (state store, Redis, model provider). */
export interface ComponentStatus {
  name: string;
  status: 'healthy' | 'degraded' | 'unhealthy';
  detail?: string;
}

/** Something that can report its status for `/ready`. */
export type ReadinessCheck = () => Promise<ComponentStatus>;

/** The overall status: unhealthy if any component is, degraded if any is, else healthy. */
export function overallStatus(components: ComponentStatus[]): ComponentStatus['status'] {
  if (components.some((component) => component.status === 'unhealthy')) return 'unhealthy';
  if (components.some((component) => component.status === 'degraded')) return 'degraded';
  return 'healthy';
}

/** Runs every check; a check that throws or hangs past `timeoutMs` reports its component unhealthy. */
export async function runReadinessChecks(
  checks: Record<string, ReadinessCheck>,
  timeoutMs = 2000,
): Promise<ComponentStatus[]> {
  return Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        return await Promise.race([
          check(),
          new Promise<ComponentStatus>((_, reject) =>
            setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
          ),
        ]);
      } catch (error) {
        return { name, status: 'unhealthy' as const, detail: (error as Error).message };
      }
    }),
  );
}
