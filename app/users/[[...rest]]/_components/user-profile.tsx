import Link from 'next/link'
import { QuestionList } from '@/components/question/question-row'
import { TimeAgo } from '@/components/ui/time-ago'
import { readQuestionList, readUserAnswers } from '@/lib/cached'
import { answerPath } from '@/lib/slug'
import type { UserProfile } from '@/lib/users/queries'
import { FollowControl } from '@/components/follow/follow-control'

function Stat({ value, label }: { value: number; label: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900">
      <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
      <dd className="text-xl font-semibold">{value.toLocaleString('en')}</dd>
    </div>
  )
}

export async function UserProfileView({ profile }: { profile: UserProfile }) {
  const [questions, answers] = await Promise.all([
    readQuestionList({ kind: 'author', id: profile.id }, 'newest', 1),
    readUserAnswers(profile.id),
  ])
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">{profile.name}</h1>
      <p className="text-stone-600 dark:text-stone-400">
        @{profile.handle}
        {profile.role !== 'member' ? ` · ${profile.role}` : ''} · member since <TimeAgo iso={profile.joinedAt} />
      </p>
      {profile.bio && <p className="mt-3">{profile.bio}</p>}
      <div className="mt-3">
        <FollowControl
          ownProvider
          targetType="user"
          targetId={profile.id}
          returnTo={`/users/${profile.id}/${profile.handle}`}
          what={`${profile.name}’s questions and answers`}
        />
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat value={profile.points} label="Points" />
        <Stat value={profile.questionCount} label="Questions" />
        <Stat value={profile.answerCount} label="Answers" />
        <Stat value={profile.acceptedCount} label="Best answers" />
      </dl>
      <section aria-labelledby="questions-heading" className="mt-8">
        <h2 id="questions-heading" className="mb-3 text-xl font-semibold">
          Questions
        </h2>
        <QuestionList items={questions.items} empty={`${profile.name} has not asked anything yet.`} />
      </section>
      <section aria-labelledby="answers-heading" className="mt-8">
        <h2 id="answers-heading" className="mb-3 text-xl font-semibold">
          Answers
        </h2>
        {answers.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{profile.name} has not answered anything yet.</p>
        ) : (
          <ul className="rounded-xl border border-stone-200 bg-white px-4 dark:border-stone-800 dark:bg-stone-900">
            {answers.map((a) => (
              <li
                key={a.id}
                className="flex gap-3 border-b border-stone-200 py-3 last:border-b-0 dark:border-stone-800"
              >
                <span className="w-10 shrink-0 text-center font-semibold">
                  {a.score}
                  <span className="sr-only"> votes</span>
                </span>
                <div>
                  <Link
                    href={answerPath(a.question, a.id)}
                    className="text-accent-700 hover:underline dark:text-accent-300"
                  >
                    {a.question.title}
                  </Link>
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    {a.isAccepted && (
                      <span className="font-medium text-accent-700 dark:text-accent-300">Best answer · </span>
                    )}
                    answered <TimeAgo iso={a.createdAt} />
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
