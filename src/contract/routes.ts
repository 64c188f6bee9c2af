import express, { type Router } from 'express';
import YAML from 'yaml';
import type { OpenApiDocument } from './document.ts';
import { assistantSubset, publishContract } from './publish.ts';

/** The contract itself: whole, and the assistant subset for a Custom GPT import. */
export function contractRouter(document: OpenApiDocument, publicUrl: string): Router {
  const published = publishContract(document, publicUrl);
  const json = JSON.stringify(published);
  const yaml = YAML.stringify(published);
  const actions = YAML.stringify(assistantSubset(published));
  const router = express.Router();
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(json);
  });
  router.get('/openapi.yaml', (_req, res) => {
    res.type('application/yaml').send(yaml);
  });
  router.get('/actions/openapi.yaml', (_req, res) => {
    res.type('application/yaml').send(actions);
  });
  return router;
}
