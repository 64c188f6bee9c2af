import type { Operation } from 'openapi-backend';

type Schema = Record<string, unknown>;

export interface CatalogParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  schema: Schema;
  /** The parameter's `example`, when the contract gives one. */
  example?: unknown;
  /** `x-mcp-argument`: the name MCP tools give it (search's `q` is ChatGPT's `query`). */
  mcpName?: string;
}

/** One operation of the contract, with every `$ref` resolved: what tools and tests need. */
export interface CatalogOperation {
  operationId: string;
  method: string;
  /** The full path, e.g. `/v1/tasks/{task_id}`. */
  path: string;
  tags: string[];
  summary: string;
  description: string;
  parameters: CatalogParameter[];
  body?: { schema: Schema; required: boolean; example?: unknown };
  /** The scopes named for each security scheme (any one scheme suffices). */
  security: { scheme: string; scopes: string[] }[];
  /** `x-openai-isConsequential`, when the contract states it. */
  consequential: boolean | undefined;
  responses: Record<string, { description: string; content: Record<string, { schema?: Schema }> }>;
}

/** The operations of an openapi-backend instance whose definition is dereferenced. */
export function buildCatalog(operations: Operation[], apiRoot = '/v1'): CatalogOperation[] {
  return operations.map((op) => {
    const body = op.requestBody as
      | { required?: boolean; content?: Record<string, { schema?: Schema; example?: unknown }> }
      | undefined;
    const json = body?.content?.['application/json'];
    const security = ((op.security ?? []) as Record<string, string[]>[]).flatMap((requirement) =>
      Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes })),
    );
    return {
      operationId: op.operationId as string,
      method: op.method,
      path: apiRoot + op.path,
      tags: op.tags ?? [],
      summary: op.summary ?? '',
      description: op.description ?? '',
      parameters: ((op.parameters ?? []) as (CatalogParameter & Record<string, unknown>)[]).map(
        (p) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          description: p.description,
          schema: p.schema ?? {},
          ...(p.example !== undefined && { example: p.example }),
          ...(typeof p['x-mcp-argument'] === 'string' && { mcpName: p['x-mcp-argument'] }),
        }),
      ),
      ...(json?.schema && {
        body: {
          schema: json.schema,
          required: Boolean(body?.required),
          example: json.example ?? json.schema.example,
        },
      }),
      security,
      consequential: (op as Record<string, unknown>)['x-openai-isConsequential'] as
        | boolean
        | undefined,
      responses: (op.responses ?? {}) as CatalogOperation['responses'],
    };
  });
}
