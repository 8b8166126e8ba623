/**
 * The deployment's settings, served beside the app as `config.json` (public/config.json in the source, dist/config.json
 * once built). Today one setting: `datasetOrigins`, the other origins `?dataset=` may load from. Missing, unreadable
 * or malformed: the app loads datasets from its own origin only (the safe default), and says so in the console.
 * The same list is written into the CSP's connect-src at build time (scripts/deployment-config.ts).
 */

export const DEPLOYMENT_CONFIG_FILE = 'config.json';

export interface DeploymentConfig {
  /** e.g. ["https://so-lieu.example.gov.vn"]: origins only (scheme, host, port), http(s) */
  datasetOrigins: string[];
}

export const SAME_ORIGIN_ONLY: DeploymentConfig = { datasetOrigins: [] };

/** The file's content checked: a valid config, with the entries it had to drop and why (for the console or the build). */
export function parseDeploymentConfig(json: unknown): { config: DeploymentConfig; problems: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { config: SAME_ORIGIN_ONLY, problems: ['config.json: expected an object'] };
  }
  const list = (json as Record<string, unknown>).datasetOrigins;
  if (list === undefined) return { config: SAME_ORIGIN_ONLY, problems: [] };
  if (!Array.isArray(list)) return { config: SAME_ORIGIN_ONLY, problems: ['config.json: datasetOrigins must be a list of origins'] };
  const origins: string[] = [];
  const problems: string[] = [];
  list.forEach((entry: unknown, i) => {
    const origin = typeof entry === 'string' ? originOf(entry) : null;
    if (origin === null)
      problems.push(`config.json: datasetOrigins[${i}] is not an http(s) origin such as "https://host.example" (ignored)`);
    else if (!origins.includes(origin)) origins.push(origin);
  });
  return { config: { datasetOrigins: origins }, problems };
}

/** `https://host:port` for an origin written alone (a trailing `/` allowed), else null: a path would suggest a limit the CSP cannot apply. */
function originOf(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const bare = url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !bare) return null;
  return url.origin;
}

/** Fetches config.json from the app's own origin. Never throws: any failure means same origin only. */
export async function fetchDeploymentConfig(baseUri: string, signal?: AbortSignal): Promise<DeploymentConfig> {
  try {
    const response = await fetch(new URL(DEPLOYMENT_CONFIG_FILE, baseUri).href, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      console.warn(`config.json: HTTP ${response.status}; datasets load from this site only`);
      return SAME_ORIGIN_ONLY;
    }
    const { config, problems } = parseDeploymentConfig(await response.json());
    for (const problem of problems) console.warn(problem);
    return config;
  } catch {
    console.warn('config.json: not readable; datasets load from this site only');
    return SAME_ORIGIN_ONLY;
  }
}

export const deploymentConfigQueryOptions = (baseUri: string) => ({
  queryKey: ['deployment-config', baseUri] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchDeploymentConfig(baseUri, signal),
  staleTime: Infinity,
  retry: false,
});
