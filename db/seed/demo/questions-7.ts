import type { DemoQuestion } from './types'

/** Online dating, breakups and family. */
export const questions7: DemoQuestion[] = [
  {
    title: 'Is it okay to take a long break from dating apps?',
    category: 'relationships/dating/online-dating',
    tags: ['online-dating', 'self-care'],
    by: 'yuki',
    daysAgo: 60,
    votes: 6,
    views: 480,
    body: `I'm 31 and feel like I "should" be actively looking, but the apps are draining me. Part of me wants to delete them for six months and just live my life. Is that giving up?`,
    answers: [
      {
        by: 'sofia-r',
        votes: 7,
        hoursLater: 6,
        body: "Not giving up at all, that's looking after yourself. You'll come back (if you want to) with more energy and a clearer idea of what you want. Lots of people meet partners through ordinary life while they're off the apps, too.",
      },
      {
        by: 'benji',
        votes: 2,
        hoursLater: 25,
        body: "Did exactly this. Best six months I'd had in ages. Came back calmer and pickier, in a good way.",
      },
    ],
  },
  {
    title: 'Ghosted after five dates. How do I stop taking it personally?',
    category: 'relationships/dating/online-dating',
    tags: ['online-dating', 'self-esteem', 'rumination'],
    by: { anon: 'left-on-read' },
    daysAgo: 19,
    votes: 9,
    views: 610,
    body: `We'd been on five dates, met each other's friends, talked about a trip. Then nothing. No reply for two weeks. I keep going over what I did wrong. I know people say "it's about them, not you", but it doesn't feel that way.`,
    answers: [
      {
        by: 'priya-raman',
        votes: 8,
        isAccepted: true,
        hoursLater: 14,
        body: `Being ghosted after real connection hurts more than people admit, because you're left without an ending. Your mind tries to write one, usually with you as the problem.

It's true, though: ghosting tells you about the other person's ability to have an uncomfortable conversation, not about your worth. You might find it helps to write the ending yourself: a short note (sent or not) that says what you enjoyed and that you deserve someone who communicates. Then let yourself grieve it a little. Five dates is enough to have hoped.`,
      },
      {
        by: { anon: 'ghosted-twice-this-year' },
        votes: 4,
        hoursLater: 40,
        body: "It stings for a couple of weeks and then you realise you dodged someone who can't communicate. Be gentle with yourself in the meantime.",
      },
    ],
  },
  {
    title: 'How long does it take to stop thinking about an ex?',
    category: 'relationships/breakups',
    tags: ['breakup', 'rumination'],
    by: 'oliver',
    daysAgo: 130,
    votes: 13,
    views: 2890,
    body: `We broke up three months ago after four years. I still think about her first thing every morning and last thing at night. Friends say "it takes half the length of the relationship" which would be two years. Please tell me that's not true.`,
    comments: [
      {
        by: 'fatima-z',
        hoursLater: 20,
        body: "Following, I'm two months out and it's every morning for me too.",
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 12,
        isAccepted: true,
        hoursLater: 11,
        body: `That "half the relationship" rule is a myth, thankfully. There's no formula. What most people notice is that the thoughts don't stop all at once; they become **less frequent and less painful**, often so gradually you only notice looking back.

Things that tend to help the process:

1. **Limit the top-ups.** Muting or unfollowing on social media isn't petty; every look resets the clock a little.
2. **Let yourself feel it.** Breakups are a form of grief. Trying to fast-forward often makes it last longer.
3. **Rebuild routines** that were shared, so they become yours.
4. **Lean on people.** Say yes to invitations even when you don't feel like it.

If after several months you're still unable to function day to day, or the low mood feels like more than sadness, talk to your doctor. Breakups can trigger depression, and that's treatable.`,
      },
      {
        by: { anon: 'two-years-out' },
        votes: 6,
        hoursLater: 30,
        body: "Around month five I realised I'd gone a whole afternoon without thinking of him. Then a day. Now it's rare. It does happen, I promise.",
      },
      {
        by: 'lucas',
        votes: 3,
        hoursLater: 72,
        body: "Archive the photos rather than deleting them. Out of sight, but you don't have to make a permanent decision while hurting.",
      },
    ],
  },
  {
    title: 'We broke up but still live together until the lease ends',
    category: 'relationships/breakups',
    tags: ['breakup', 'boundaries'],
    by: { anon: 'stuck-till-june' },
    daysAgo: 78,
    votes: 10,
    views: 1360,
    body: `We ended things mutually, but neither of us can afford to move out for four months. It's mostly civil, but seeing him every day means I can't move on, and last week we nearly slept together again. How do people survive this?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 11,
        isAccepted: true,
        hoursLater: 8,
        body: `This is one of the hardest breakup situations, so please go easy on yourself about the near-relapse. It makes complete sense when your body is still used to the closeness.

What helps is treating it like a **flatshare with clear house rules**, agreed together if possible:

- **Separate spaces.** Separate bedrooms if at all possible, even if one of you is on the sofa bed.
- **Separate schedules.** Stagger mornings and evenings so you're not constantly overlapping.
- **No "couple" rituals.** No shared dinners in front of the telly, no comfort hugs.
- **Clear physical boundaries.** Say it out loud: "We're not sleeping together while we live here. It keeps me stuck."
- **A life outside the flat.** Plan evenings with friends, gym sessions, anything that gets you out.

It may also help to count down visibly, a calendar on your side of the fridge. Four months is long, but it is finite.`,
        comments: [
          {
            by: { anon: 'stuck-till-june' },
            hoursLater: 30,
            body: 'We sat down and wrote the rules together. Awkward but he seemed relieved too.',
          },
        ],
      },
      {
        by: 'fatima-z',
        votes: 3,
        hoursLater: 50,
        body: 'Headphones became my best friend in that situation. Also a lot of evenings at the library.',
      },
    ],
  },
  {
    title: 'Should I stay friends with my ex?',
    category: 'relationships/breakups',
    tags: ['breakup', 'friendship', 'boundaries'],
    by: 'lucas',
    daysAgo: 660,
    votes: 4,
    views: 1570,
    body: `We were together two years, and it ended on good terms. She's suggested staying friends. I like the idea in theory, but part of me suspects I'm only agreeing because I'm not ready to lose her completely.`,
    answers: [
      {
        by: 'maya',
        votes: 6,
        hoursLater: 16,
        body: `That suspicion is worth listening to. Friendship after a breakup can work, but usually only after a real gap, often several months with little or no contact, so the romantic feelings can settle.

A useful test: *could you feel genuinely happy hearing she's met someone new?* If not yet, it's probably too soon. You can tell her "I'd like that one day, but I need some space first."`,
      },
    ],
  },
  {
    title: 'I ended it, so why do I feel this bad?',
    category: 'relationships/breakups',
    tags: ['breakup', 'grief', 'self-esteem'],
    by: 'fatima-z',
    daysAgo: 3,
    votes: 2,
    views: 52,
    body: `I broke up with my boyfriend of three years last weekend. I know it was the right decision; we wanted different things. But I'm crying every day and feel guilty, like I don't have the right to be sad because I'm the one who left. Is this normal?`,
    comments: [
      {
        by: 'priya-raman',
        hoursLater: 10,
        votes: 2,
        body: "A quick note until someone writes a fuller answer: yes, this is very normal. Ending something you cared about is still a loss, and you're allowed to grieve it.",
      },
    ],
    answers: [],
  },
  {
    title: 'How do I set boundaries with a mother who calls every day?',
    category: 'family',
    tags: ['family-conflict', 'boundaries', 'aging-parents'],
    by: 'dmitri',
    daysAgo: 410,
    votes: 11,
    views: 2050,
    body: `My mum is in her seventies and lives alone. She calls me every day, sometimes three times, and gets upset and hurt if I don't answer. I love her, but I dread my phone ringing and I feel guilty all the time. How do I set limits without making her feel abandoned?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 10,
        isAccepted: true,
        hoursLater: 12,
        body: `Guilt and love tangled together is such a common experience with parents. A boundary here isn't about loving her less; it's about making the contact sustainable so you can keep showing up warmly.

**Predictability often reassures more than frequency.** Many parents calm down when they know *when* they'll hear from you. For example:

1. Agree a regular call, say every evening at 7 for 15 minutes, or three longer calls a week.
2. Tell her clearly and kindly: "I love talking to you. I can't pick up during work, but I'll always call you at 7."
3. Stick to it consistently, especially in the first weeks when she may test it.
4. Add a safety net: "If it's an emergency, call twice in a row and I'll pick up."

It's also worth asking whether the calls are about loneliness. Helping her build other contact — a lunch club, a neighbour, a community group — can reduce the pressure on you.

> You can be a loving child and still have a life of your own. Both are allowed.`,
        comments: [
          {
            by: 'aisha-b',
            hoursLater: 48,
            votes: 1,
            body: 'The emergency "call twice" rule is brilliant. Stealing it for my dad.',
          },
        ],
      },
      {
        by: 'tomas-h',
        votes: 4,
        hoursLater: 36,
        body: "Worth checking she's okay generally, too. Sometimes a sudden increase in calls is a sign of anxiety, memory problems or loneliness that her GP could help with.",
      },
    ],
  },
  {
    title: "My teenager won't talk to me anymore. Normal or worrying?",
    category: 'family',
    tags: ['parenting', 'communication'],
    by: 'aisha-b',
    daysAgo: 215,
    votes: 9,
    views: 1410,
    body: `My son is 15. A year ago he'd chat to me about everything; now it's one-word answers and his bedroom door is always shut. His grades are okay and he sees friends. I can't tell if this is normal teenage stuff or whether something is wrong.`,
    comments: [
      {
        by: 'benji',
        hoursLater: 30,
        body: "Mine is 16 and it's the same. Good to know it's not just us.",
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 9,
        isAccepted: true,
        hoursLater: 10,
        body: `Pulling away from parents is a very normal part of adolescence, and the fact that he's seeing friends and keeping his grades up is reassuring.

Things that would make me look more closely: big changes in sleep or eating, dropping friends, losing interest in everything, talk of hopelessness, or signs of self-harm. If you notice those, talk to him gently and involve his GP or school counsellor.

Meanwhile, side-by-side time often works better than face-to-face talks with teenagers: car journeys, cooking together, a game. Keep the door open without pushing through it.`,
      },
      {
        by: 'sofia-r',
        votes: 3,
        hoursLater: 55,
        body: 'My mum used to drive me to places "because she was going that way anyway". I told her more in that car than anywhere else.',
      },
    ],
  },
]
