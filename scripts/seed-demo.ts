/** `npm run seed:demo`: adds the demo community to the database at DATABASE_URL (once). */
import { seedDemoOnce } from '../db/seed/demo'
import { migrateDatabase } from '../db/migrate'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('Set DATABASE_URL to the database to seed (npm start seeds its embedded database by itself).')
  process.exit(1)
}
await migrateDatabase(url)
const summary = await seedDemoOnce(url)
console.log(
  summary
    ? `Seeded ${summary.questions} questions, ${summary.answers} answers, ${summary.comments} comments, ${summary.users} users.`
    : 'Nothing to do: this database already has the demo content or questions of its own.',
)
