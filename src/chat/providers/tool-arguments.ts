/**
 * A model's tool arguments arrive as JSON text (whole, or assembled from streamed pieces).
 * Text that is not a JSON object must not crash the turn: it becomes `{}` with a note the
 * tool loop can hand back to the model, so the model can correct itself.
 */
export function parseToolArguments(
  toolName: string,
  text: string,
): { arguments: Record<string, unknown>; argumentsNote?: string } {
  if (text.trim() === '') return { arguments: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return { arguments: value as Record<string, unknown> };
    }
  } catch {
    // Reported below, like any other value that is not an object.
  }
  const quoted = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return {
    arguments: {},
    argumentsNote: `The arguments for ${toolName} were not a JSON object, so the tool was not run. Received: ${quoted}`,
  };
}
