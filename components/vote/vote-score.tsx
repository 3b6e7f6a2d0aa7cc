/** The net score beside a post. The voting buttons join it in #3 as a client island. */
export function VoteScore({ score, label }: { score: number; label: string }) {
  return (
    <div className="flex w-12 shrink-0 flex-col items-center pt-1 text-stone-700 dark:text-stone-300" aria-label={`${label}: ${score} ${Math.abs(score) === 1 ? 'vote' : 'votes'}`} role="group">
      <span aria-hidden="true" className="text-xl font-semibold">
        {score > 0 ? `+${score}` : score}
      </span>
      <span aria-hidden="true" className="text-xs">
        {Math.abs(score) === 1 ? 'vote' : 'votes'}
      </span>
    </div>
  )
}
