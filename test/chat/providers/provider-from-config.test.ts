import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/app/config.ts';
import { providerFromConfig } from '../../../src/chat/providers/provider-from-config.ts';

const chat = (env: Record<string, string>) => loadConfig(env).chat;
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`);
};

describe('the chat provider from the configuration', () => {
  it('is undefined when no model is configured, with the defaults for timeouts and retries', () => {
    const settings = chat({});
    expect(settings).toEqual({
      provider: undefined,
      openai: undefined,
      anthropic: undefined,
      timeoutMs: 60_000,
      maxRetries: 3,
    });
    expect(providerFromConfig(settings)).toBeUndefined();
  });

  it('takes a key alone to mean OpenAI itself', () => {
    const provider = providerFromConfig(
      chat({ LLM_API_KEY: 'sk-test', LLM_MODEL: 'gpt-4.1-mini' }),
    );
    expect(provider).toMatchObject({
      name: 'openai',
      model: 'gpt-4.1-mini',
      accepts: { images: true, pdf: true },
    });
    expect(chat({ LLM_API_KEY: 'sk-test', LLM_MODEL: 'gpt-4.1-mini' }).openai?.baseUrl).toBe(
      'https://api.openai.com/v1',
    );
  });

  it('needs no key for a local server such as Ollama', () => {
    const settings = chat({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'llama3.2' });
    expect(settings.openai).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: undefined,
      model: 'llama3.2',
    });
    expect(providerFromConfig(settings)).toMatchObject({ name: 'openai', model: 'llama3.2' });
  });

  it('builds the Anthropic provider, with or without a base URL', () => {
    const settings = chat({
      ANTHROPIC_API_KEY: 'sk-ant',
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
      LLM_TIMEOUT_MS: '20000',
      LLM_MAX_RETRIES: '0',
    });
    expect(settings).toMatchObject({
      provider: 'anthropic',
      anthropic: { baseUrl: undefined },
      timeoutMs: 20_000,
      maxRetries: 0,
    });
    expect(providerFromConfig(settings)).toMatchObject({
      name: 'anthropic',
      model: 'claude-sonnet-4-6',
      accepts: { images: true, pdf: true },
    });
  });

  it('lets CHAT_PROVIDER choose when both are configured, and insists on it then', () => {
    const both = {
      LLM_API_KEY: 'sk-test',
      LLM_MODEL: 'gpt-4.1-mini',
      ANTHROPIC_API_KEY: 'sk-ant',
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
    };
    expect(providerFromConfig(chat({ ...both, CHAT_PROVIDER: 'anthropic' }))?.name).toBe(
      'anthropic',
    );
    expect(providerFromConfig(chat({ ...both, CHAT_PROVIDER: 'openai' }))?.name).toBe('openai');
    expect(refusal(both)).toContain('set CHAT_PROVIDER to openai or anthropic');
  });

  it('refuses incomplete or contradictory settings with a plain sentence', () => {
    expect(refusal({ LLM_MODEL: 'gpt-4.1-mini' })).toContain(
      'set LLM_API_KEY for OpenAI, or LLM_BASE_URL',
    );
    expect(refusal({ LLM_API_KEY: 'sk-test' })).toBe(
      'LLM_MODEL is required with LLM_BASE_URL or LLM_API_KEY (e.g. gpt-4.1-mini)',
    );
    expect(refusal({ LLM_BASE_URL: 'https://api.openai.com/v1', LLM_MODEL: 'gpt-4.1-mini' })).toBe(
      'LLM_API_KEY is required for api.openai.com',
    );
    expect(refusal({ LLM_BASE_URL: 'localhost:11434', LLM_MODEL: 'llama3.2' })).toContain(
      'LLM_BASE_URL must start with http:// or https://',
    );
    expect(refusal({ LLM_BASE_URL: 'not a url', LLM_MODEL: 'llama3.2' })).toContain(
      'LLM_BASE_URL is not a URL',
    );
    expect(refusal({ ANTHROPIC_MODEL: 'claude-sonnet-4-6' })).toContain(
      'ANTHROPIC_API_KEY is required',
    );
    expect(refusal({ ANTHROPIC_API_KEY: 'sk-ant' })).toContain('ANTHROPIC_MODEL is required');
    expect(refusal({ CHAT_PROVIDER: 'anthropic' })).toBe(
      'CHAT_PROVIDER is anthropic, but ANTHROPIC_API_KEY is not set',
    );
    expect(refusal({ CHAT_PROVIDER: 'openai' })).toContain('CHAT_PROVIDER is openai, but');
    expect(refusal({ CHAT_PROVIDER: 'gemini' })).toContain(
      'CHAT_PROVIDER must be one of openai, anthropic',
    );
    expect(refusal({ LLM_TIMEOUT_MS: '50' })).toContain(
      'LLM_TIMEOUT_MS must be an integer from 1000',
    );
    expect(refusal({ LLM_MAX_RETRIES: 'many' })).toContain(
      'LLM_MAX_RETRIES must be an integer from 0 to 10',
    );
  });

  it('never puts a key into a refusal', () => {
    expect(
      refusal({ LLM_API_KEY: 'sk-secret-123', LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' }),
    ).not.toContain('sk-secret-123');
  });
});
