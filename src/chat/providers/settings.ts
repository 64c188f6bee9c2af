/** The chat model's settings as `src/app/config.ts` reads them from the environment. */
export interface ChatSettings {
  /** Which API answers; undefined when none is configured (Tend's chat is then off). */
  readonly provider: 'openai' | 'anthropic' | undefined;
  /** An OpenAI-compatible endpoint (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL). */
  readonly openai:
    | { readonly baseUrl: string; readonly apiKey: string | undefined; readonly model: string }
    | undefined;
  /** Anthropic's Messages API (ANTHROPIC_API_KEY, ANTHROPIC_MODEL, ANTHROPIC_BASE_URL). */
  readonly anthropic:
    | { readonly apiKey: string; readonly model: string; readonly baseUrl: string | undefined }
    | undefined;
  /** Longest one attempt may take, streaming included (LLM_TIMEOUT_MS). */
  readonly timeoutMs: number;
  /** Attempts after the first for a 429, a 5xx, a broken connection or a timeout. */
  readonly maxRetries: number;
}
