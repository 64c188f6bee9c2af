// The Node flags `npm start` runs the server with (package.json's start script says them
// too; test/scripts/server-node-flags.test.ts keeps the two the same). The bench starts
// Tend with them, as it runs.
//
// --max-semi-space-size=16: V8's young generation as Node 20 sized it. Node 24 doubles it
// to 32 MB a semi-space, and under steady load the server keeps all of it: about 60 to
// 90 MiB more resident memory for the same work (docs/stack.md, node).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'];
