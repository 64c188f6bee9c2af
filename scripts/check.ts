/**
 * `npm run check`: everything CI checks, in order, stopping at the first failure. The last
 * step walks every operation of the real server through `prism proxy`.
 * Arguments (after `--` with npm) go to vitest: `npm run check -- test/tasks`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) =>
  fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const args = process.argv.slice(2);
const vitestArgs = args[0] === '--' ? args.slice(1) : args;

const steps: Step[] = [
  { name: 'biome', command: bin('biome'), args: ['check', '.'] },
  { name: 'tsc', command: bin('tsc'), args: ['--noEmit'] },
  {
    name: 'redocly',
    command: bin('redocly'),
    args: ['lint', 'openapi.yaml'],
    env: { REDOCLY_TELEMETRY: 'off' },
  },
  { name: 'layers', command: bin('tsx'), args: ['scripts/layers.ts'] },
  { name: 'contract rules', command: bin('tsx'), args: ['scripts/contract-rules.ts'] },
  { name: 'generated', command: bin('tsx'), args: ['scripts/gen.ts', '--check'] },
  { name: 'vitest', command: bin('vitest'), args: ['run', ...vitestArgs] },
  { name: 'prism proxy', command: bin('tsx'), args: ['scripts/prism-proxy.ts'] },
];

/** Runs one step with the terminal attached; resolves to whether it succeeded. */
function run(step: Step): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    child.on('error', (error) => {
      console.error(`check: cannot start ${step.command}: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code) => resolve(code === 0));
  });
}

const timings: string[] = [];
let failedStep: Step | undefined;
for (const step of steps) {
  const shown = [step.command.slice(root.length), ...step.args].join(' ');
  console.log(`\n▶ ${step.name}: ${shown}`);
  const started = performance.now();
  const ok = await run(step);
  timings.push(`${step.name} ${((performance.now() - started) / 1000).toFixed(1)}s`);
  if (!ok) {
    failedStep = step;
    break;
  }
}

const summary = timings.join(' · ');
if (failedStep) {
  console.error(`\ncheck failed at ${failedStep.name} (${summary})`);
  process.exit(1);
}
console.log(`\ncheck passed (${summary})`);
