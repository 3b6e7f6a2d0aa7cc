import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminsOnly, adminFor } from '../../_lib/moderators-only'
import { SettingsSectionForm, type SettingField } from '@/components/admin/settings-form'
import type { RateLimitedAction } from '@/lib/rate-limit/limits'
import type { SiteSettings } from '@/lib/settings/defaults'
import { getSettingsForEditing } from '@/lib/settings/queries'
import { pointsFieldLabels, privilegeLabels, rateField, rateLimitLabels } from '@/lib/settings/schemas'

export const metadata: Metadata = { title: 'Site settings', robots: { index: false } }

function sections(
  s: SiteSettings,
): { id: string; title: string; intro: string; submit: string; fields: SettingField[] }[] {
  return [
    {
      id: 'site',
      title: 'Site',
      intro: 'Shown in every page’s header and title, in feeds and in mail.',
      submit: 'Save site name',
      fields: [
        { name: 'name', label: 'Site name', kind: 'text', value: s.site.name },
        {
          name: 'tagline',
          label: 'Tagline',
          kind: 'text',
          value: s.site.tagline,
          hint: 'One line about what the community is for.',
        },
      ],
    },
    {
      id: 'posting',
      title: 'Anonymous posting',
      intro: 'Whether visitors can ask, answer and comment without an account (they may give a display name).',
      submit: 'Save posting',
      fields: [
        {
          name: 'allowAnonymousPosts',
          label: 'Allow anonymous questions, answers and comments',
          kind: 'checkbox',
          value: s.allowAnonymousPosts,
        },
      ],
    },
    {
      id: 'moderation',
      title: 'Moderation',
      intro: 'Held posts wait in the moderation queue, unseen by readers, until a moderator approves them.',
      submit: 'Save moderation',
      fields: [
        {
          name: 'flagsToHide',
          label: 'Flags that hide a post until reviewed',
          kind: 'number',
          value: s.moderation.flagsToHide,
        },
        {
          name: 'holdAnonymousPosts',
          label: 'Hold anonymous posts for approval',
          kind: 'checkbox',
          value: s.moderation.holdAnonymousPosts,
        },
        {
          name: 'holdFirstPosts',
          label: 'Hold new members’ posts until one of theirs is approved',
          kind: 'checkbox',
          value: s.moderation.holdFirstPosts,
          hint: 'Editors, moderators and admins are never held.',
        },
      ],
    },
    {
      id: 'points',
      title: 'Points and privileges',
      intro: 'Saving new weights recalculates every member’s points at once.',
      submit: 'Save points',
      fields: [
        ...(Object.keys(pointsFieldLabels) as (keyof SiteSettings['points'])[]).map((k): SettingField => ({
          name: k,
          label: pointsFieldLabels[k],
          kind: 'number',
          value: s.points[k],
          group: 'Points',
        })),
        ...(Object.keys(privilegeLabels) as (keyof SiteSettings['privileges'])[]).map((k): SettingField => ({
          name: k,
          label: privilegeLabels[k],
          kind: 'number',
          value: s.privileges[k],
          group: 'Points needed to',
        })),
      ],
    },
    {
      id: 'rateLimits',
      title: 'Rate limits',
      intro:
        'How many of each a member, and an address, may do per window (in seconds). Anonymous posters count per address, at half the rate.',
      submit: 'Save rate limits',
      fields: (Object.keys(rateLimitLabels) as RateLimitedAction[]).flatMap((a): SettingField[] => [
        {
          name: rateField(a, 'perUser'),
          label: 'Per member',
          kind: 'number',
          value: s.rateLimits[a].perUser,
          group: rateLimitLabels[a],
        },
        {
          name: rateField(a, 'perIp'),
          label: 'Per address',
          kind: 'number',
          value: s.rateLimits[a].perIp,
          group: rateLimitLabels[a],
        },
        {
          name: rateField(a, 'windowSeconds'),
          label: 'Window (seconds)',
          kind: 'number',
          value: s.rateLimits[a].windowSeconds,
          group: rateLimitLabels[a],
        },
      ]),
    },
    {
      id: 'spam',
      title: 'Spam',
      intro: 'New posters are anonymous visitors and members below the points given here.',
      submit: 'Save spam rules',
      fields: [
        { name: 'newMemberPoints', label: 'New member below (points)', kind: 'number', value: s.spam.newMemberPoints },
        {
          name: 'maxLinksForNewMembers',
          label: 'Links allowed in a new poster’s post',
          kind: 'number',
          value: s.spam.maxLinksForNewMembers,
        },
        {
          name: 'newMemberPostIntervalSeconds',
          label: 'Seconds between a new poster’s posts',
          kind: 'number',
          value: s.spam.newMemberPostIntervalSeconds,
        },
        {
          name: 'blockedIps',
          label: 'Blocked addresses',
          kind: 'lines',
          value: s.spam.blockedIps.join('\n'),
          hint: 'One address or network per line, e.g. 203.0.113.7 or 203.0.113.0/24.',
        },
        {
          name: 'censoredWords',
          label: 'Censored words',
          kind: 'lines',
          value: s.spam.censoredWords.join('\n'),
          hint: 'One word or phrase per line. Shown as asterisks wherever posts are displayed.',
        },
      ],
    },
    {
      id: 'indexing',
      title: 'Search engine indexing',
      intro: 'Pages left out are marked noindex and kept out of the sitemap; readers still see them.',
      submit: 'Save indexing',
      fields: [
        {
          name: 'noindexUnansweredAfterDays',
          label: 'Leave out questions unanswered after (days)',
          kind: 'number',
          value: s.indexing.noindexUnansweredAfterDays,
          hint: '0 keeps every unanswered question in.',
        },
        {
          name: 'noindexClosed',
          label: 'Leave out closed questions',
          kind: 'checkbox',
          value: s.indexing.noindexClosed,
        },
      ],
    },
  ]
}

export default async function SiteSettingsPage() {
  const editable = await getSettingsForEditing(await adminFor('/admin/settings'))
  if (!editable.ok) return <AdminsOnly>This page changes the site’s settings.</AdminsOnly>
  const settings = editable.data
  const all = sections(settings)
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Site settings</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Each section saves on its own and is recorded in the{' '}
        <Link href="/moderation/audit?action=settings" className="text-accent-700 underline dark:text-accent-300">
          audit log
        </Link>
        . Also:{' '}
        <Link href="/admin/categories" className="text-accent-700 underline dark:text-accent-300">
          categories
        </Link>{' '}
        ·{' '}
        <Link href="/admin/mail" className="text-accent-700 underline dark:text-accent-300">
          mail
        </Link>
      </p>
      <nav aria-label="Sections" className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {all.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-accent-700 underline dark:text-accent-300">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {all.map((s) => (
        <section
          key={s.id}
          id={s.id}
          aria-labelledby={`${s.id}-heading`}
          className="mt-8 scroll-mt-4 border-t border-stone-200 pt-6 dark:border-stone-800"
        >
          <h2 id={`${s.id}-heading`} className="text-lg font-semibold">
            {s.title}
          </h2>
          <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{s.intro}</p>
          <SettingsSectionForm section={s.id} fields={s.fields} submit={s.submit} />
        </section>
      ))}
    </div>
  )
}
