/** One line saying what happened, shared by the inbox and the mails. */
export function notificationHeadline(n: { kind: string; reason: string; actor: string | null; title: string }): string {
  const who = n.actor ?? 'Someone'
  if (n.kind === 'accepted') return `Your answer was chosen as the best answer to “${n.title}”`
  if (n.reason === 'mention') return `${who} mentioned you in “${n.title}”`
  if (n.kind === 'new_answer') return `${who} answered “${n.title}”`
  if (n.kind === 'new_comment') return `${who} commented on “${n.title}”`
  return `New question: “${n.title}”`
}
