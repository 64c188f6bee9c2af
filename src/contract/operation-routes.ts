import type { Operation } from 'openapi-backend';

/** The operation a method and path name, with its path parameters as sent (not decoded). */
export interface RouteFound {
  operation: Operation;
  rawParams: Record<string, string>;
}

/** The path is known but not for this method: these are its methods (RFC 9110 §15.5.6). */
export interface RouteWrongMethod {
  allowed: string[];
}

export interface OperationRoutes {
  /** `path` as requested, under the API's root; a query string on it is ignored. */
  match(method: string, path: string): RouteFound | RouteWrongMethod | undefined;
}

interface Template {
  pattern: RegExp;
  names: string[];
  /** The length of its literal text: the longer, the more specific. */
  specificity: number;
  byMethod: Map<string, Operation>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * The contract's paths, compiled once. A request belongs to the most specific path it
 * matches, whatever its method: `GET /subjects/find` (a POST-only path) is a 405, never
 * `GET /subjects/{subject_id}` failing on a bad uuid. Matching is openapi-backend's own
 * otherwise — the root stripped at a segment boundary, trailing slashes ignored, methods
 * compared in lower case — without rebuilding a pattern for every request.
 */
export function compileRoutes(operations: readonly Operation[], apiRoot: string): OperationRoutes {
  const byPath = new Map<string, Template>();
  for (const operation of operations) {
    let template = byPath.get(operation.path);
    if (!template) {
      template = compileTemplate(operation.path);
      byPath.set(operation.path, template);
    }
    // The first operation declared for a method wins, as in openapi-backend.
    if (!template.byMethod.has(operation.method))
      template.byMethod.set(operation.method, operation);
  }
  // Most specific first; a stable sort keeps the contract's order among equals.
  const templates = [...byPath.values()].sort((a, b) => b.specificity - a.specificity);
  const root = apiRoot.replace(/\/$/, '');

  return {
    match(method, requested) {
      const path = relativePath(requested, root);
      if (path === undefined) return undefined;
      const wanted = method.trim().toLowerCase();
      let best: number | undefined;
      const owners: { template: Template; values: RegExpExecArray }[] = [];
      for (const template of templates) {
        if (best !== undefined && template.specificity < best) break;
        const values = template.pattern.exec(path);
        if (!values) continue;
        best = template.specificity;
        owners.push({ template, values });
      }
      if (owners.length === 0) return undefined;
      for (const { template, values } of owners) {
        const operation = template.byMethod.get(wanted);
        if (!operation) continue;
        const rawParams: Record<string, string> = {};
        template.names.forEach((name, i) => {
          rawParams[name] = values[i + 1] as string;
        });
        return { operation, rawParams };
      }
      const declared = new Set(owners.flatMap(({ template }) => [...template.byMethod.keys()]));
      return { allowed: METHODS.filter((m) => declared.has(m)).map((m) => m.toUpperCase()) };
    },
  };
}

function compileTemplate(path: string): Template {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const literal = path.split(/\{[^}]+\}/);
  return {
    pattern: new RegExp(`^${literal.map(escapeRegExp).join('([^/]+)')}$`),
    names,
    specificity: literal.join('').length,
    byMethod: new Map(),
  };
}

/** The path below the API's root, or undefined when it is not below it. */
function relativePath(requested: string, root: string): string | undefined {
  let path = requested.trim();
  if (!path.startsWith('/')) path = `/${path}`;
  const query = path.indexOf('?');
  if (query !== -1) path = path.slice(0, query);
  if (root !== '') {
    if (path === root) path = '/';
    else if (path.startsWith(`${root}/`)) path = path.slice(root.length);
    else return undefined;
  }
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
