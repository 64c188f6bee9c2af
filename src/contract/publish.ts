import type { OpenApiDocument } from './document.ts';
import { HTTP_METHODS } from './document.ts';

type Json = Record<string, unknown>;

/**
 * The contract as served: the API's `servers` and the OAuth URLs made absolute from
 * PUBLIC_URL, because importers (ChatGPT, code generators) resolve nothing relative.
 */
export function publishContract(document: OpenApiDocument, publicUrl: string): OpenApiDocument {
  const published = structuredClone(document) as Json & OpenApiDocument;
  published.servers = [{ url: `${publicUrl}/v1`, description: 'Tend' }];
  const schemes = (published.components?.securitySchemes ?? {}) as Record<string, Json>;
  for (const scheme of Object.values(schemes)) {
    const flows = (scheme.flows ?? {}) as Record<string, Json>;
    for (const flow of Object.values(flows)) {
      for (const key of ['authorizationUrl', 'tokenUrl', 'refreshUrl']) {
        const url = flow[key];
        if (typeof url === 'string' && url.startsWith('/')) flow[key] = publicUrl + url;
      }
    }
  }
  return published;
}

/**
 * Only the operations tagged `assistant` and the components they reach: what a Custom
 * GPT imports as its Action. Account operations never reach a model.
 */
export function assistantSubset(document: OpenApiDocument): OpenApiDocument {
  const source = asChatGptFileRefs(structuredClone(document) as unknown as Json);
  const paths: Json = {};
  for (const [path, item] of Object.entries((source.paths ?? {}) as Record<string, Json>)) {
    const kept: Json = {};
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if ((operation?.tags as string[] | undefined)?.includes('assistant'))
        kept[method] = operation;
    }
    if (Object.keys(kept).length > 0) {
      if (item.parameters) kept.parameters = item.parameters;
      paths[path] = kept;
    }
  }
  const components = (source.components ?? {}) as Record<string, Json>;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
        if (used.has(value)) continue;
        used.add(value);
        const [, , section, name] = value.split('/');
        visit(components[section as string]?.[name as string]);
      } else visit(value);
    }
  };
  visit(paths);
  const subset: Record<string, Json> = {};
  for (const ref of used) {
    const [, , section, name] = ref.split('/') as [string, string, string, string];
    subset[section] ??= {};
    (subset[section] as Json)[name] = components[section]?.[name];
  }
  // Only the schemes the kept operations name: an importer offers no dashboard cookie.
  const named = new Set(
    Object.values(paths).flatMap((item) =>
      Object.values(item as Json).flatMap((operation) =>
        (((operation as Json).security ?? []) as Json[]).flatMap((r) => Object.keys(r)),
      ),
    ),
  );
  subset.securitySchemes = Object.fromEntries(
    Object.entries(components.securitySchemes ?? {}).filter(([name]) => named.has(name)),
  );
  const tags = ((source.tags ?? []) as Json[]).filter((t) => t.name === 'assistant');
  return { ...source, tags, paths, components: subset } as unknown as OpenApiDocument;
}

/**
 * ChatGPT fills a property named `openaiFileIdRefs` with the files of the conversation
 * (docs/clients.md), and its documentation declares it as an array of strings: the model
 * names the files, ChatGPT sends `{name, id, mime_type, download_link}` objects in their
 * place. The Action gets that declaration; the API itself validates the objects it receives.
 */
function asChatGptFileRefs(source: Json): Json {
  const schemas = ((source.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  for (const schema of Object.values(schemas)) {
    const property = (schema.properties as Record<string, Json> | undefined)?.openaiFileIdRefs;
    if (property) property.items = { type: 'string' };
  }
  return source;
}
