import { Writable } from 'node:stream';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { ConfigError, loadConfig } from '../../src/app/config.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createMailer } from '../../src/mail/create-mailer.ts';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import { signUpAs } from '../support/browser.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { lastMailTo, tokenIn } from '../support/mail.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let testDb: TestDb;
let smtp: TestSmtpServer;

beforeAll(async () => {
  t = await createTestApp();
  testDb = await createTestDb();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await testDb.destroy();
  await t.close();
});

function captureLogs() {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger('debug', sink), raw: () => chunks.join('') };
}

async function appWith(config: { nodeEnv?: 'development' | 'production'; smtpUrl?: string }) {
  const logs = captureLogs();
  const built = await buildApp({
    config: { publicUrl: PUBLIC_URL, validateResponses: true, ...config },
    db: testDb.db,
    log: logs.log,
  });
  return { ...built, logs };
}

describe('configuration', () => {
  const production = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://tend.example',
    TOKEN_SECRET: 'x'.repeat(40),
  };

  it('refuses to start in production without SMTP_URL', () => {
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/SMTP_URL is required in production/);
    const config = loadConfig({ ...production, SMTP_URL: 'smtps://u:p@mail.example:465' });
    expect(config.smtpUrl).toBe('smtps://u:p@mail.example:465');
    expect(config.mailFrom).toBe('Tend <no-reply@tend.example>');
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://, and takes MAIL_FROM as given', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(ConfigError);
    expect(loadConfig({ MAIL_FROM: 'Care <care@home.example>' }).mailFrom).toBe(
      'Care <care@home.example>',
    );
    expect(loadConfig({}).smtpUrl).toBeUndefined();
  });

  it('never falls back to the outbox in production, even for an app built by hand', () => {
    const { log } = captureLogs();
    expect(() =>
      createMailer(
        { publicUrl: 'https://tend.example', nodeEnv: 'production' },
        log,
        () => new Date(),
      ),
    ).toThrow(/SMTP_URL/);
  });
});

describe('the dev outbox (development without SMTP_URL)', () => {
  it('logs recipient and subject, never the link, and shows the mail at /dev/outbox', async () => {
    await signUpAs(t.app, 'outbox@example.com');
    const mail = lastMailTo(t.outbox, 'outbox@example.com');
    const token = tokenIn(mail.text, '/verify');
    const line = t.logs.find((l) => l.msg === 'mail kept in the dev outbox at /dev/outbox');
    expect(line).toMatchObject({
      to: 'outbox@example.com',
      subject: 'Confirm your email address for Tend',
    });
    expect(t.rawLogs()).not.toContain(token);

    const page = await t.request.get('/dev/outbox');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.text).toContain('Confirm your email address for Tend');
    expect(page.text).toContain(
      `<a href="${PUBLIC_URL}/verify?token=${token}">${PUBLIC_URL}/verify?token=${token}</a>`,
    );
  });

  it('escapes what people typed when it shows a mail', async () => {
    await signUpAs(t.app, 'angle@example.com', '<img src=x onerror=alert(1)>');
    const page = await t.request.get('/dev/outbox');
    expect(page.text).not.toContain('<img src=x');
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each([
    ['with SMTP_URL in development', { nodeEnv: 'development' as const }],
    ['in production', { nodeEnv: 'production' as const }],
  ])('is not served %s', async (_name, config) => {
    const { app, outbox } = await appWith({ ...config, smtpUrl: smtp.url });
    expect(outbox).toBeUndefined();
    expect((await supertest(app).get('/dev/outbox')).status).toBe(404);
  });
});

describe('mail through SMTP_URL', () => {
  it('delivers the verification mail to a real SMTP server', async () => {
    const { app, logs } = await appWith({ nodeEnv: 'production', smtpUrl: smtp.url });
    await signUpAs(app, 'smtp@example.com');
    const mail = await smtp.waitForMail('smtp@example.com');
    expect(mail.from).toBe('no-reply@tend.test');
    expect(mail.text).toContain('Subject: Confirm your email address for Tend');
    expect(mail.text).toMatch(/Content-Type: text\/plain/);
    expect(mail.text).toMatch(/Content-Type: text\/html/);
    const token = tokenIn(mail.text, '/verify');
    expect((await supertest(app).get(`/verify?token=${token}`)).status).toBe(200);
    expect(logs.raw()).not.toContain(token);
  });

  it('signs people up even when the mail server is down, and logs no link', async () => {
    const down = await startSmtpServer();
    await down.close();
    const { app, logs } = await appWith({ nodeEnv: 'development', smtpUrl: down.url });
    await signUpAs(app, 'unlucky@example.com');
    for (let i = 0; i < 100 && !logs.raw().includes('mail not sent'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(logs.raw()).toContain('mail not sent');
    expect(logs.raw()).not.toMatch(/token=/);
  });
});
