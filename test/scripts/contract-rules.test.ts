import { describe, expect, it } from 'vitest';
import { checkContract } from '../../scripts/lib/contract-rules.ts';
import { loadContract } from '../../src/contract/document.ts';

type Json = Record<string, unknown>;

const ID = '7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const ONE = ['paths', '/things/{thing_id}'];
const LIST = ['paths', '/things'];
const THING = ['components', 'schemas', 'Thing'];

/** A small contract that keeps every rule; each case below breaks (or stretches) one thing. */
function validDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Things', version: '1.0.0' },
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          tags: ['assistant'],
          summary: 'Add a thing',
          description: 'Use this when the user wants to keep a new thing.',
          'x-openai-isConsequential': false,
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    name: { description: 'What to call it.', type: 'string' },
                    kind: { $ref: '#/components/schemas/Kind' },
                  },
                },
                example: { name: 'Luna', kind: 'pet' },
              },
            },
          },
          responses: {
            '201': {
              description: 'The thing as stored.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
      },
      '/things/{thing_id}': {
        parameters: [{ $ref: '#/components/parameters/ThingId' }],
        get: {
          operationId: 'getThing',
          tags: ['assistant'],
          summary: 'Get one thing',
          description: 'Use this to read one thing when you have its id.',
          parameters: [
            {
              name: 'view',
              in: 'query',
              description: 'How much to show.',
              schema: { type: 'string', enum: ['short', 'full'] },
            },
          ],
          responses: {
            '200': {
              description: 'The thing.',
              content: {
                'application/json': {
                  schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
                  example: [{ id: ID, name: 'Luna', kind: 'pet', tags: ['cat'] }],
                },
              },
            },
          },
        },
        delete: {
          operationId: 'deleteThing',
          summary: 'Delete a thing',
          description: 'Use this only when the user asks to delete a thing.',
          'x-openai-isConsequential': true,
          responses: { '204': { description: 'Deleted.' } },
        },
      },
    },
    components: {
      parameters: {
        ThingId: {
          name: 'thing_id',
          in: 'path',
          required: true,
          description: "The thing's id.",
          schema: { type: 'string', format: 'uuid' },
          example: ID,
        },
      },
      schemas: {
        Kind: {
          description: 'What sort of thing it is.',
          type: 'string',
          enum: ['plant', 'pet', 'in-progress:v1.2', null],
          example: 'pet',
        },
        Thing: {
          description: 'A thing the user keeps.',
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { description: "The thing's id.", type: 'string', format: 'uuid' },
            name: { description: 'What it is called.', type: 'string' },
            kind: { $ref: '#/components/schemas/Kind' },
            tags: { description: 'Labels.', type: 'array', items: { type: 'string' } },
          },
          example: { id: ID, name: 'Luna', kind: 'pet', tags: ['cat'] },
        },
      },
      responses: {
        NotFound: {
          description: 'No such thing.',
          content: {
            'application/problem+json': {
              schema: {
                type: 'object',
                properties: { code: { description: 'Why.', type: 'string' } },
              },
              example: { code: 'not_found' },
            },
          },
        },
      },
    },
  };
}

type Edit = [path: (string | number)[], value: unknown];

/** The valid document with each value set at its path (`undefined` deletes it). */
function edited(...edits: Edit[]): Json {
  const document = validDocument();
  for (const [path, value] of edits) {
    const keys = path.map(String);
    const last = keys.pop() as string;
    const parent = keys.reduce((node, key) => node[key] as Json, document);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return document;
}

function assistantOperations(count: number): Json {
  const operations = Array.from({ length: count }, (_, i) => [
    `/op${i}`,
    {
      get: {
        operationId: `op${i}`,
        tags: ['assistant'],
        summary: 'An operation',
        description: 'Use this for a test.',
        responses: { '204': { description: 'Nothing.' } },
      },
    },
  ]);
  return Object.fromEntries(operations);
}

const cases: { name: string; document: Json; want: string[] }[] = [
  { name: 'a document that keeps every rule', document: validDocument(), want: [] },
  {
    name: 'an operation without an operationId',
    document: edited([[...ONE, 'get', 'operationId'], undefined]),
    want: ['operation-id at #/paths/~1things~1{thing_id}/get'],
  },
  {
    name: 'a summary of 81 characters',
    document: edited([[...ONE, 'get', 'summary'], 'x'.repeat(81)]),
    want: ['operation-summary-length at #/paths/~1things~1{thing_id}/get'],
  },
  {
    name: 'a summary of 80 characters',
    document: edited([[...ONE, 'get', 'summary'], 'x'.repeat(80)]),
    want: [],
  },
  {
    name: 'a missing summary',
    document: edited([[...LIST, 'post', 'summary'], undefined]),
    want: ['operation-summary-length at #/paths/~1things/post'],
  },
  {
    name: 'an operation description of 301 characters',
    document: edited([[...ONE, 'get', 'description'], 'x'.repeat(301)]),
    want: ['operation-description-length at #/paths/~1things~1{thing_id}/get'],
  },
  {
    name: 'an operation description of 300 characters',
    document: edited([[...ONE, 'get', 'description'], 'x'.repeat(300)]),
    want: [],
  },
  {
    name: 'an operation description of 300 characters outside the BMP',
    document: edited([[...ONE, 'get', 'description'], '🐈'.repeat(300)]),
    want: [],
  },
  {
    name: 'a blank operation description',
    document: edited([[...ONE, 'delete', 'description'], '  ']),
    want: ['operation-description-length at #/paths/~1things~1{thing_id}/delete'],
  },
  {
    name: 'an inline parameter without a description',
    document: edited([[...ONE, 'get', 'parameters', 0, 'description'], undefined]),
    want: ['parameter-description-length at #/paths/~1things~1{thing_id}/get/parameters/0'],
  },
  {
    name: 'a referenced parameter description of 701 characters, reported once where defined',
    document: edited([['components', 'parameters', 'ThingId', 'description'], 'x'.repeat(701)]),
    want: ['parameter-description-length at #/components/parameters/ThingId'],
  },
  {
    name: 'a referenced parameter description of 700 characters',
    document: edited([['components', 'parameters', 'ThingId', 'description'], 'x'.repeat(700)]),
    want: [],
  },
  {
    name: 'a named schema property without a description',
    document: edited([[...THING, 'properties', 'name', 'description'], undefined]),
    want: ['property-description-length at #/components/schemas/Thing/properties/name'],
  },
  {
    name: 'a property description of 701 characters',
    document: edited([[...THING, 'properties', 'name', 'description'], 'x'.repeat(701)]),
    want: ['property-description-length at #/components/schemas/Thing/properties/name'],
  },
  {
    name: 'a property that refers to a schema without a description',
    document: edited([['components', 'schemas', 'Kind', 'description'], undefined]),
    want: [
      'property-description-length at #/components/schemas/Thing/properties/kind',
      'property-description-length at #/paths/~1things/post/requestBody/content/application~1json/schema/properties/kind',
    ],
  },
  {
    name: 'an undescribed property of an inline response schema',
    document: edited([
      ['components', 'responses', 'NotFound', 'content', 'application/problem+json', 'schema'],
      { type: 'object', properties: { code: { type: 'string' } } },
    ]),
    want: [
      'property-description-length at #/components/responses/NotFound/content/application~1problem+json/schema/properties/code',
    ],
  },
  {
    name: 'an undescribed property nested in items, allOf and additionalProperties',
    document: edited([
      [...THING, 'properties', 'extra'],
      {
        description: 'Nested things.',
        type: 'array',
        items: {
          allOf: [
            { type: 'object', additionalProperties: { properties: { deep: { type: 'string' } } } },
          ],
        },
      },
    ]),
    want: [
      'property-description-length at #/components/schemas/Thing/properties/extra/items/allOf/0/additionalProperties/properties/deep',
    ],
  },
  {
    name: 'a named schema without an example',
    document: edited([['components', 'schemas', 'Kind', 'example'], undefined]),
    want: ['schema-example at #/components/schemas/Kind'],
  },
  {
    name: 'a named schema with `examples` instead of `example`',
    document: edited(
      [[...THING, 'example'], undefined],
      [[...THING, 'examples'], [{ id: ID, name: 'Luna' }]],
    ),
    want: [],
  },
  {
    name: 'a response whose media type and schema have no example',
    document: edited([
      [...ONE, 'get', 'responses', '200', 'content', 'application/json', 'example'],
      undefined,
    ]),
    want: [
      'response-example at #/paths/~1things~1{thing_id}/get/responses/200/content/application~1json',
    ],
  },
  {
    name: 'a response with named examples on its media type',
    document: edited(
      [[...ONE, 'get', 'responses', '200', 'content', 'application/json', 'example'], undefined],
      [
        [...ONE, 'get', 'responses', '200', 'content', 'application/json', 'examples'],
        { one: { value: [{ id: ID, name: 'Luna' }] } },
      ],
    ),
    want: [],
  },
  {
    name: 'a schema example that breaks a referenced schema',
    document: edited([[...THING, 'example', 'kind'], 'rock']),
    want: ['example-valid at #/components/schemas/Thing/example'],
  },
  {
    name: 'a schema example with a bad format',
    document: edited([[...THING, 'example', 'id'], 'not-a-uuid']),
    want: ['example-valid at #/components/schemas/Thing/example'],
  },
  {
    name: 'a media type example that breaks its inline schema',
    document: edited([
      [...LIST, 'post', 'requestBody', 'content', 'application/json', 'example', 'name'],
      3,
    ]),
    want: ['example-valid at #/paths/~1things/post/requestBody/content/application~1json/example'],
  },
  {
    name: 'a named media type example that breaks its schema',
    document: edited(
      [[...ONE, 'get', 'responses', '200', 'content', 'application/json', 'example'], undefined],
      [
        [...ONE, 'get', 'responses', '200', 'content', 'application/json', 'examples'],
        { one: { value: [{ name: 'Luna' }] } },
      ],
    ),
    want: [
      'example-valid at #/paths/~1things~1{thing_id}/get/responses/200/content/application~1json/examples/one',
    ],
  },
  {
    name: 'a parameter example that breaks its schema',
    document: edited([['components', 'parameters', 'ThingId', 'example'], 'luna']),
    want: ['example-valid at #/components/parameters/ThingId/example'],
  },
  {
    name: 'an OpenAPI 3.0 example checked in its own dialect (nullable, boolean exclusiveMinimum)',
    document: edited(
      [['openapi'], '3.0.3'],
      [
        [...THING, 'properties', 'weight'],
        { description: 'Kilograms.', type: 'number', minimum: 0, exclusiveMinimum: true },
      ],
      [[...THING, 'properties', 'name', 'nullable'], true],
      [[...THING, 'example'], { id: ID, name: null, weight: 0.5 }],
    ),
    want: [],
  },
  {
    name: 'an OpenAPI 3.0 example that breaks a boolean exclusiveMinimum',
    document: edited(
      [['openapi'], '3.0.3'],
      [
        [...THING, 'properties', 'weight'],
        { description: 'Kilograms.', type: 'number', minimum: 0, exclusiveMinimum: true },
      ],
      [[...THING, 'example'], { id: ID, name: 'Luna', weight: 0 }],
    ),
    want: ['example-valid at #/components/schemas/Thing/example'],
  },
  {
    name: 'a numeric enum value',
    document: edited([
      ['components', 'schemas', 'Kind', 'enum'],
      ['plant', 'pet', 3],
    ]),
    want: ['enum-words at #/components/schemas/Kind/enum/2'],
  },
  {
    name: 'an empty or digit-first enum string',
    document: edited([
      [...ONE, 'get', 'parameters', 0, 'schema', 'enum'],
      ['short', '', '3d'],
    ]),
    want: [
      'enum-words at #/paths/~1things~1{thing_id}/get/parameters/0/schema/enum/1',
      'enum-words at #/paths/~1things~1{thing_id}/get/parameters/0/schema/enum/2',
    ],
  },
  {
    name: '31 operations tagged assistant',
    document: edited([['paths'], assistantOperations(31)]),
    want: ['assistant-operation-count at #/paths'],
  },
  {
    name: '30 operations tagged assistant',
    document: edited([['paths'], assistantOperations(30)]),
    want: [],
  },
  {
    name: 'a write that leaves x-openai-isConsequential to the default',
    document: edited([[...LIST, 'post', 'x-openai-isConsequential'], undefined]),
    want: ['write-consequential-flag at #/paths/~1things/post'],
  },
  {
    name: 'a write whose x-openai-isConsequential is a string',
    document: edited([[...ONE, 'delete', 'x-openai-isConsequential'], 'true']),
    want: ['write-consequential-flag at #/paths/~1things~1{thing_id}/delete'],
  },
];

describe('contract rules', () => {
  it.each(cases)('$name', ({ document, want }) => {
    const found = checkContract(document);
    expect(
      found.map((v) => `${v.rule} at ${v.where}`),
      JSON.stringify(found, null, 2),
    ).toEqual(want);
  });

  it('says why an example does not match', () => {
    const [violation] = checkContract(edited([[...THING, 'example', 'kind'], 'rock']));
    expect(violation?.message).toMatch(/example\/kind must be equal to one of the allowed values/);
  });

  it('finds nothing wrong with the project contract', () => {
    expect(checkContract(loadContract())).toEqual([]);
  });
});
