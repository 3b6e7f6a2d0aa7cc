import { z } from 'zod'

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Public origin used in canonical links, feeds, sitemaps and JSON-LD. */
  SITE_URL: z.string().url().optional(),
  SITE_NAME: z.string().min(1).default('Askwell'),
  SITE_TAGLINE: z.string().default('ask questions about relationships and mental health'),
  /** Shared by the revalidation route and its callers; `npm start` generates one into .data/. */
  REVALIDATE_SECRET: z.string().min(16).optional(),
  /** Mail goes through this SMTP server (smtp://user:pass@host:port); unset, messages are written to MAIL_DIR. */
  SMTP_URL: z.string().url().optional(),
  MAIL_DIR: z.string().default('.data/mail'),
  MAIL_FROM: z.string().default('Askwell <no-reply@askwell.invalid>'),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** The mail worker: first retry after this many seconds, doubling (with jitter) up to MAIL_RETRY_LIMIT retries. */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).default(8),
  /** A send still running after this long is taken for a dead worker's and retried. */
  MAIL_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(120),
  /** How often the queue looks for such sends and runs its upkeep. */
  QUEUE_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How many top threads `next build` prerenders; the rest render on first request. */
  PRERENDER_THREADS: z.coerce.number().int().min(0).default(200),
})

const parsed = envSchema.parse(process.env)

export const env = {
  ...parsed,
  SITE_URL: (parsed.SITE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ''),
}
