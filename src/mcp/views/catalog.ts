/**
 * The MCP Apps views (the `io.modelcontextprotocol/ui` extension, SEP-1865, revision
 * 2026-01-26): each is one self-contained HTML document served as a `ui://` resource, and
 * the tools that answer with its data name it in `_meta.ui.resourceUri`.
 */
export interface View {
  /** The entry file under app/, and the name of its screenshot in the tests. */
  name: 'today' | 'tasks' | 'care-card' | 'report';
  uri: string;
  title: string;
  description: string;
  /** The tools whose result this view shows. */
  tools: string[];
}

export const VIEWS: readonly View[] = [
  {
    name: 'today',
    uri: 'ui://tend/today.html',
    title: 'Today',
    description: 'What is overdue, due soon and which care is due, with tasks to check off.',
    tools: ['getOverview'],
  },
  {
    name: 'tasks',
    uri: 'ui://tend/tasks.html',
    title: 'Tasks',
    description: 'A list of tasks to check off.',
    tools: ['listTasks'],
  },
  {
    name: 'care-card',
    uri: 'ui://tend/care-card.html',
    title: 'Care card',
    description: "A person's or pet's care card: details, recent records and a chart of weight.",
    tools: ['getSubject', 'listRecords', 'getTrend'],
  },
  {
    name: 'report',
    uri: 'ui://tend/report.html',
    title: 'Report',
    description: 'A summary of a period: care by type, symptoms, weights, tasks and events.',
    tools: ['getReport'],
  },
];

const viewOfTool = new Map(VIEWS.flatMap((view) => view.tools.map((tool) => [tool, view])));

/**
 * The tools with their views named in `_meta` (applied where the tool list is built, so
 * the tool derivation itself knows nothing of views).
 */
export function withViews<T extends { definition: { name: string } }>(tools: T[]): T[] {
  return tools.map((tool) => {
    const meta = viewMetaOf(tool.definition.name);
    return meta ? { ...tool, definition: { ...tool.definition, ...meta } } : tool;
  });
}

/**
 * A tool's `_meta` naming its view: `ui.resourceUri` is the standard key, and
 * `openai/outputTemplate` the alias ChatGPT reads. Hosts without the extension ignore both
 * and show the tool's text content.
 */
export function viewMetaOf(toolName: string): { _meta: Record<string, unknown> } | undefined {
  const view = viewOfTool.get(toolName);
  if (!view) return undefined;
  return { _meta: { ui: { resourceUri: view.uri }, 'openai/outputTemplate': view.uri } };
}
