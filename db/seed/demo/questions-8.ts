import type { DemoQuestion } from './types'

/** Family, caring, and grief & loss. */
export const questions8: DemoQuestion[] = [
  {
    title: 'Caring for my ageing dad and slowly losing myself',
    category: 'family',
    tags: ['aging-parents', 'burnout', 'self-care'],
    by: 'maya',
    daysAgo: 690,
    votes: 14,
    views: 3270,
    body: `My dad has early dementia and I'm his main carer alongside a full-time job. I haven't seen friends in months, I'm snappy with my partner and I cry in the car on the way to work. I feel like a terrible daughter for even writing this. How do other carers keep going?`,
    answers: [
      {
        by: 'tomas-h',
        votes: 13,
        isAccepted: true,
        hoursLater: 10,
        body: `You are not a terrible daughter. You're an exhausted one, and those are very different things. What you describe — isolation, irritability, crying in the car — are classic signs of **carer burnout**, and they're a signal to get more support, not to try harder.

**Practical steps that help many carers:**

1. **Ask for a carer's assessment** (or the local equivalent). In many places carers are entitled to support in their own right: respite, day services, help at home.
2. **Make a list of specific tasks** others could take on: one shopping trip, one afternoon sitting with your dad, one appointment. People often want to help but don't know how.
3. **Find a carers' group.** Being with people who *get it* without explanation is a relief. Many dementia charities run them, in person and online.
4. **Protect one thing that's yours.** One evening a week, one walk, one friend. Non-negotiable.
5. **Talk to your own doctor.** Carers are at high risk of depression and anxiety, and you deserve care too.

> You can't pour from an empty cup — and nobody should expect you to keep trying.

If work is part of the strain, look into whether your employer has a carers' policy or flexible working options. Many do, but few advertise them.`,
        comments: [
          {
            by: 'maya',
            hoursLater: 20,
            votes: 2,
            body: 'I read this three times. Called the council this morning about an assessment. Thank you, Tomás.',
          },
        ],
      },
      {
        by: 'benji',
        votes: 5,
        hoursLater: 96,
        body: "I cared for my mum for four years. The day centre twice a week saved both of us. She made friends there; I got my breath back. Please don't wait as long as I did to accept help.",
      },
    ],
  },
  {
    title: 'My sibling starts a fight at every family holiday',
    category: 'family',
    tags: ['family-conflict', 'boundaries', 'communication'],
    by: 'sam-rivera',
    daysAgo: 35,
    votes: 5,
    views: 290,
    body: `Every Christmas and birthday my older brother picks at old grievances until somebody explodes, usually me. My parents just want everyone to "get along". The next big family gathering is in a month and I'm already dreading it. How do I get through it without taking the bait?`,
    answers: [
      {
        by: 'lena',
        votes: 5,
        hoursLater: 15,
        body: `Decide your plan before you go: which topics you won't engage with, a neutral phrase ready ("I'm not getting into that today"), and an exit, like stepping outside or taking a walk with a nephew.

Shorter visits are fine too. Arriving for lunch instead of staying the whole weekend isn't rude; it's strategy.`,
      },
      {
        by: 'rahul-m',
        votes: 2,
        hoursLater: 40,
        body: 'I bring a task. Washing up, walking the dog, playing with the kids. Harder to get dragged into a fight with your hands full.',
      },
    ],
  },
  {
    title: 'My grandmother died and I feel nothing. Is something wrong with me?',
    category: 'grief-and-loss',
    tags: ['grief', 'depression'],
    by: 'ana-sousa',
    daysAgo: 14,
    votes: 7,
    views: 230,
    body: `We were close when I was little. She died last week and everyone around me is crying, and I just feel… blank. I went to work the next day as if nothing happened. I feel guilty and wonder if I'm cold.`,
    comments: [
      {
        by: 'mei-lin',
        hoursLater: 5,
        body: "I'm sorry for your loss. I felt exactly the same when my grandfather died.",
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 8,
        isAccepted: true,
        hoursLater: 8,
        body: `Nothing is wrong with you. Numbness is one of the most common early responses to loss. It's often the mind protecting you until you're able to take it in. Grief doesn't follow a script, and it doesn't always look like tears.

Feelings may arrive later, sometimes at unexpected moments — a smell, a song, a recipe. Let them come when they come. If the numbness spreads to everything for weeks and you feel persistently low, that's worth talking to a doctor about.`,
      },
      {
        by: { anon: 'cried-six-months-later' },
        votes: 4,
        hoursLater: 30,
        body: "I felt nothing at my granddad's funeral. Six months later I cried in a supermarket because I saw his favourite biscuits. Grief has its own timing.",
      },
    ],
  },
  {
    title: 'How do I support a friend whose parent just died?',
    category: 'grief-and-loss',
    tags: ['grief', 'friendship', 'communication'],
    by: 'noah-t',
    daysAgo: 230,
    votes: 12,
    views: 1840,
    body: `My best friend's dad died suddenly last week. I've sent a message saying "I'm so sorry, let me know if you need anything", but I feel useless. I'm scared of saying the wrong thing so I'm saying almost nothing. What actually helps?`,
    answers: [
      {
        by: 'kwame',
        votes: 12,
        isAccepted: true,
        hoursLater: 7,
        body: `The fact that you're asking says you're a good friend. Here's what grieving people most often say helped them:

- **Offer specific help, not "let me know".** Grieving people rarely have the energy to ask. Try "I'm dropping dinner round on Thursday. Is 6 okay?" or "Can I pick up the kids from school this week?"
- **Say his name.** Many people avoid mentioning the person who died. Most grieving people *want* to hear their loved one's name and stories.
- **You don't need the right words.** "I don't know what to say, but I'm here" is honest and enough.
- **Keep showing up after the funeral.** Support often disappears after a few weeks, just when the reality sets in. Put reminders in your calendar for a month, three months, and the first anniversary.

*Things to avoid:* "everything happens for a reason", "at least…", or comparing it to your own losses in the early days.`,
        comments: [
          {
            by: 'noah-t',
            hoursLater: 12,
            body: 'Set the calendar reminders. Taking food round on Thursday. Thank you.',
          },
        ],
      },
      {
        by: 'sofia-r',
        votes: 4,
        hoursLater: 24,
        body: 'When my mum died, the friend who just came and did my washing-up without asking is the one I remember most.',
      },
    ],
  },
  {
    title: 'Lost my dog and people say "it was just a pet"',
    category: 'grief-and-loss',
    tags: ['grief', 'loneliness'],
    by: 'yuki',
    daysAgo: 120,
    votes: 10,
    views: 1190,
    body: `My dog died at 14 after being with me through university, two moves and a breakup. I'm devastated. A colleague said "it was just a dog, you can get another one" and I had to leave the room. Is it normal to grieve this much for a pet?`,
    answers: [
      {
        by: 'maya',
        votes: 9,
        hoursLater: 5,
        body: `Completely normal. He was a daily companion for 14 years, through some of the biggest moments of your life. Grief for a pet can be as intense as grief for a person, and it's made harder by people who don't recognise it.

Be around people who understand. Some vets and animal charities run pet bereavement support lines, and simply talking about him with someone who loved him too can help.`,
      },
      {
        by: { anon: 'miss-my-old-cat' },
        votes: 5,
        hoursLater: 20,
        body: 'My cat died last year and I took a day off work. Best decision. Your grief is real and your colleague was wrong.',
      },
      {
        by: 'lucas',
        votes: 2,
        hoursLater: 60,
        body: 'We made a small photo book of our dog. Making it was sad and also somehow comforting.',
      },
    ],
  },
  {
    title: "The first anniversary of my partner's death is coming up",
    category: 'grief-and-loss',
    tags: ['grief', 'loneliness', 'self-care'],
    by: { anon: 'one-year-without-him', email: 'oneyear.demo@example.com' },
    daysAgo: 45,
    votes: 13,
    views: 870,
    body: `My husband died a year ago next Tuesday. People keep asking what I'm "doing" for the day and I have no idea. I dread it and also feel like I should mark it somehow. How did others handle the first anniversary?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 11,
        isAccepted: true,
        hoursLater: 12,
        body: `I'm so sorry. The run-up to a first anniversary is often harder than the day itself, so what you're feeling now is very common.

There's no right way to mark it. Some options people have found meaningful:

- **Something quiet:** visiting a place he loved, lighting a candle, writing him a letter.
- **Something shared:** inviting a few people who knew him to share stories or eat his favourite meal.
- **Something that looks forward:** planting a tree, making a donation, starting a small tradition.
- **Nothing formal at all:** simply getting through the day gently, with someone nearby.

Whatever you choose, it may help to plan the *day after* too, with something gentle or a call with a friend, because many people find the day after unexpectedly hard.

It's fine to tell people: "I don't know yet, and I might decide on the day." You don't owe anyone a plan.`,
        comments: [
          {
            by: { anon: 'one-year-without-him', email: 'oneyear.demo@example.com' },
            hoursLater: 96,
            votes: 3,
            body: 'We ate his awful favourite pizza and told stories. I laughed more than I expected to. Thank you for the permission not to have a plan.',
          },
        ],
      },
      {
        by: 'aisha-b',
        votes: 5,
        hoursLater: 30,
        body: "Sending love. I went to the sea on my dad's first anniversary and read the letters he had sent me over the years. It was sad and it was also the right thing.",
      },
    ],
  },
]
