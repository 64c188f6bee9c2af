import { EXTENSION_ID, RESOURCE_MIME_TYPE } from '@modelcontextprotocol/ext-apps/server';
import {
  ErrorCode,
  LATEST_PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
} from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import * as ours from '../../src/mcp/protocol-constants.ts';

describe('the MCP constants Tend writes out', () => {
  it('are the ones the SDK and the Apps extension define', () => {
    expect(ours.LATEST_PROTOCOL_VERSION).toBe(LATEST_PROTOCOL_VERSION);
    expect(ours.SUPPORTED_PROTOCOL_VERSIONS).toEqual(SUPPORTED_PROTOCOL_VERSIONS);
    expect(ours.INTERNAL_ERROR_CODE).toBe(ErrorCode.InternalError);
    expect(ours.APPS_EXTENSION_ID).toBe(EXTENSION_ID);
    expect(ours.APP_RESOURCE_MIME_TYPE).toBe(RESOURCE_MIME_TYPE);
  });
});
