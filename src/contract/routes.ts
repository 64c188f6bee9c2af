import express, { type Router } from 'express';
import YAML from 'yaml';
import type { OpenApiDocument } from './document.ts';
import { assistantSubset, publishContract } from './publish.ts';

/** The contract itself: whole, and the assistant subset for a Custom GPT import. */
export function contractRouter(document: OpenApiDocument, publicUrl: string): Router {
  const published = publishContract(document, publicUrl);
  // Each text is written when first asked for, then kept: writing YAML takes a tenth of a
  // second, and every start would pay it for files that are fetched now and then.
  const json = once(() => JSON.stringify(published));
  const yaml = once(() => YAML.stringify(published));
  const actions = once(() => YAML.stringify(assistantSubset(published)));
  const router = express.Router();
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(json());
  });
  router.get('/openapi.yaml', (_req, res) => {
    res.type('application/yaml').send(yaml());
  });
  router.get('/actions/openapi.yaml', (_req, res) => {
    res.type('application/yaml').send(actions());
  });
  return router;
}

function once(write: () => string): () => string {
  let text: string | undefined;
  return () => {
    text ??= write();
    return text;
  };
}
