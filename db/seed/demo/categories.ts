import type { DemoCategory } from './types'

/** Category tree of the relationships & mental-health demo site. */
export const demoCategories: DemoCategory[] = [
  {
    slug: 'psychotherapy',
    name: 'Psychotherapy',
    description: 'Questions about how talking therapies work, what to expect and how to get the most from them.',
    children: [
      {
        slug: 'finding-a-therapist',
        name: 'Finding a therapist',
        description: 'Searching, choosing, affording and switching therapists.',
      },
      {
        slug: 'therapy-ethics',
        name: 'Therapy ethics',
        description: 'Boundaries, confidentiality and what a therapist should and should not do.',
      },
      {
        slug: 'online-therapy',
        name: 'Online therapy',
        description: 'Video, phone and app-based therapy and how it compares with meeting in person.',
      },
    ],
  },
  {
    slug: 'anxiety',
    name: 'Anxiety',
    description: 'Worry, fear and nervousness that gets in the way of everyday life.',
    children: [
      {
        slug: 'panic-attacks',
        name: 'Panic attacks',
        description: 'Sudden surges of intense fear, what they are and how people cope with them.',
      },
      {
        slug: 'social-anxiety',
        name: 'Social anxiety',
        description: 'Fear of being judged or embarrassed in social situations.',
      },
      {
        slug: 'health-anxiety',
        name: 'Health anxiety',
        description: 'Persistent worry about being or becoming seriously ill.',
      },
    ],
  },
  {
    slug: 'depression',
    name: 'Depression',
    description: 'Low mood, loss of interest and everything that comes with it, including treatment and recovery.',
  },
  {
    slug: 'relationships',
    name: 'Relationships',
    description: 'Partners, communication, trust and the ups and downs of being close to someone.',
    children: [
      {
        slug: 'dating',
        name: 'Dating',
        description: 'Meeting people, early relationships and dating with a mental-health condition.',
        children: [
          {
            slug: 'online-dating',
            name: 'Online dating',
            description: 'Apps, profiles, ghosting and looking after yourself while swiping.',
          },
        ],
      },
      {
        slug: 'breakups',
        name: 'Breakups',
        description: 'Ending a relationship, getting through the aftermath and moving on.',
      },
    ],
  },
  {
    slug: 'family',
    name: 'Family',
    description: 'Parents, children, siblings and the particular difficulty of the people we did not choose.',
  },
  {
    slug: 'self-care',
    name: 'Self-care',
    description: 'Sleep, movement, routines and the everyday habits that support mental health.',
  },
  {
    slug: 'grief-and-loss',
    name: 'Grief & loss',
    description: 'Bereavement, anniversaries and every other kind of loss.',
  },
  {
    slug: 'work-and-stress',
    name: 'Work & stress',
    description: 'Burnout, workplace pressure, boundaries with bosses and returning to work.',
  },
]
