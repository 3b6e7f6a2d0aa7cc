/** `npm run db:migrate`: applies db/migrations to DATABASE_URL. */
import { migrateDatabase } from '../db/migrate'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('Set DATABASE_URL (npm start migrates its embedded database by itself).')
  process.exit(1)
}
await migrateDatabase(url)
console.log('Migrations applied.')
