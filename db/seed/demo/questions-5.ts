import type { DemoQuestion } from './types'

/** Depression and self-care. */
export const questions5: DemoQuestion[] = [
  {
    title: "Everything feels flat. I can't enjoy things I used to love",
    category: 'depression',
    tags: ['depression', 'motivation'],
    by: 'benji',
    daysAgo: 365,
    votes: 9,
    views: 1690,
    body: `I used to play guitar every evening and go hiking at weekends. For the last couple of months none of it does anything for me. I'm not exactly sad, just… flat. Like watching my life through glass. Is this depression even if I'm not crying all the time?`,
    comments: [
      {
        by: 'sofia-r',
        hoursLater: 30,
        body: "Sending you a lot of warmth. Please let us know how the doctor's appointment goes if you go.",
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 10,
        isAccepted: true,
        hoursLater: 9,
        body: `What you're describing has a name: **anhedonia**, a loss of pleasure or interest in things you used to enjoy. It's one of the core symptoms of depression, and many people with depression feel numb or flat rather than tearful.

Two months is long enough that it's worth talking to your doctor. Mention the flatness specifically, plus anything about sleep, appetite, energy and concentration.

In the meantime, a gentle approach many people find helpful is to *keep doing a small version* of the things you love even when the enjoyment isn't there yet: ten minutes of guitar, a short walk instead of a hike. Often the action comes first and the feeling follows later.`,
      },
      {
        by: 'lena',
        votes: 3,
        hoursLater: 260,
        body: '"Watching my life through glass" is exactly how I described it to my therapist. It did lift, slowly. Please get it checked.',
      },
    ],
  },
  {
    title: 'Started antidepressants two weeks ago and feel worse. Is that normal?',
    category: 'depression',
    tags: ['medication', 'depression'],
    by: 'lucas',
    daysAgo: 480,
    votes: 11,
    views: 2760,
    body: `My GP started me on an antidepressant two weeks ago. Since then I've felt jittery, I'm sleeping badly and honestly my mood feels a bit lower. I'm tempted to just stop taking them. Is this a normal part of starting, or a sign they're wrong for me?`,
    answers: [
      {
        by: 'kwame',
        votes: 13,
        isAccepted: true,
        hoursLater: 4,
        body: `I can't advise on your specific medication, but I can tell you how this usually works so you know what to ask.

**Early side effects are common.** Many antidepressants take several weeks to help with mood, while side effects such as restlessness, sleep changes or stomach upset can appear in the first couple of weeks and often settle.

**Please don't stop suddenly on your own.** Stopping abruptly can cause unpleasant discontinuation effects. Any change should be planned with your prescriber.

**Do contact your GP or prescriber now** and describe exactly what you told us. They may adjust the timing, give support to get through the early phase, or switch to something else. That's a normal conversation, not a failure.

**One important exception:** if you notice new or worsening thoughts of harming yourself, or feel very agitated, treat it as urgent. Contact your doctor the same day, or emergency services or a crisis line if you can't reach them.`,
        comments: [
          {
            by: 'lucas',
            hoursLater: 20,
            body: 'Spoke to the GP. She moved the time I take it and said to check in again in two weeks. Feeling less panicky about it.',
          },
        ],
      },
      {
        by: 'aisha-b',
        votes: 4,
        hoursLater: 15,
        body: "Weeks two and three were the worst for me, then it slowly turned a corner. Not everyone's experience, but hang in there and keep your GP in the loop.",
      },
    ],
  },
  {
    title: 'Lately I keep thinking everyone would be better off without me',
    category: 'depression',
    tags: ['depression', 'crisis-support', 'loneliness'],
    by: { anon: 'not-ok-tonight' },
    daysAgo: 92,
    votes: 14,
    views: 1210,
    body: `I don't really know why I'm posting. I've been low for months and lately the thought that everyone would be better off without me keeps coming back, especially at night. I haven't told anyone in my life. I'm scared of what they'd think.`,
    edit: {
      by: 'tomas-h',
      hoursLater: 1,
      previousBody: `I don't really know why I'm posting. I'm Jess, 24, I work at the vets on the high street in my town. I've been low for months and lately the thought that everyone would be better off without me keeps coming back, especially at night. I haven't told anyone in my life. I'm scared of what they'd think.`,
    },
    comments: [
      {
        by: 'tomas-h',
        hoursLater: 1,
        votes: 5,
        body: "Moderator note: I removed your name and workplace to protect your privacy. I'm really glad you posted. Please read the answers below, especially the crisis line numbers.",
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 15,
        hoursLater: 1,
        body: `I'm really glad you wrote this. Thoughts like "everyone would be better off without me" are a sign of how much pain you're in, **not** a true reflection of your worth or of how the people around you would feel.

**Please reach out to someone today, not just here:**

- If you're in the US, you can call or text **988** (the 988 Suicide & Crisis Lifeline: https://988lifeline.org/). It's free and open 24/7.
- In the UK and Ireland, Samaritans are available any time on **116 123**.
- Elsewhere, https://findahelpline.com/ lists free, confidential lines by country.
- If you feel you might act on these thoughts, or you're not safe right now, call your local emergency number or go to the nearest emergency department.

Telling someone in your life can feel terrifying, but most people are far more relieved to be told than upset. You could start with "I've been struggling a lot and I need to tell you something." Your GP is another good person to tell; these thoughts are something doctors take seriously and can help with.

You don't have to have it all figured out to ask for help. Posting here was already a step.`,
        comments: [
          {
            by: { anon: 'not-ok-tonight' },
            hoursLater: 6,
            votes: 4,
            body: "I texted the line. I talked to someone for an hour. I'm going to tell my sister tomorrow.",
          },
          {
            by: 'maya',
            hoursLater: 8,
            votes: 3,
            body: "Thank you for letting us know. That took a lot of strength. We're here.",
          },
        ],
      },
      {
        by: { anon: 'worried-sister' },
        votes: 8,
        hoursLater: 5,
        body: `My sister once told me she'd been feeling like this, and I want you to know: I was not angry or disappointed. I was so grateful she told me, because it meant I could help. Please give someone the chance to be there for you.`,
      },
      {
        by: 'emma-w',
        votes: 5,
        hoursLater: 12,
        body: "I've had those night-time thoughts too. They felt completely true at 2am and very different with support. It really can get better.",
      },
    ],
  },
  {
    title: "I can't get out of bed at weekends. How do you start small?",
    category: 'depression',
    tags: ['depression', 'motivation', 'self-care'],
    by: 'yuki',
    daysAgo: 88,
    votes: 7,
    views: 650,
    body: `During the week I manage because I have to go to work. At weekends I stay in bed until mid-afternoon scrolling, then feel terrible about wasting the day. Everyone says "start small" but what does small actually mean when even showering feels huge?`,
    comments: [
      {
        by: 'lucas',
        hoursLater: 8,
        body: "Weekday me and weekend me are different people too. You're not alone in this.",
      },
    ],
    answers: [
      {
        by: 'sofia-r',
        votes: 6,
        isAccepted: true,
        hoursLater: 13,
        body: `Small means *really* small. Not "go for a run" but "sit up and put my feet on the floor". Then "open the curtains". Then "drink a glass of water". Each one counts.

Something that helped me: plan one tiny thing for Saturday morning that involves another person, like meeting a friend for a coffee at 11. Other people's expectations do what willpower can't.`,
      },
      {
        by: 'priya-raman',
        votes: 5,
        hoursLater: 40,
        body: 'This approach has a name, *behavioural activation*, and it has good evidence for depression. And please drop the "wasting the day" judgement if you can; depression makes it hard enough without self-criticism piling on.',
      },
    ],
  },
  {
    title: 'Self-care advice feels like bubble baths and face masks. What actually helps?',
    category: 'self-care',
    tags: ['self-care', 'motivation', 'exercise'],
    by: 'dmitri',
    daysAgo: 320,
    votes: 16,
    views: 3440,
    body: `Whenever I search for self-care I get lists of candles and spa days. That's fine, but it isn't helping. What does self-care look like for people who are actually struggling?`,
    answers: [
      {
        by: 'maya',
        votes: 14,
        isAccepted: true,
        hoursLater: 6,
        body: `I love this question. The honest answer is that real self-care is often boring. It's less "treat yourself" and more "be the kind of parent to yourself you'd want".

**The unglamorous basics:**

- Going to bed and getting up at roughly the same time.
- Eating something with protein before noon.
- Getting outside in daylight for ten minutes.
- Taking medication as prescribed.

**The admin nobody talks about:**

- Opening the letter you've been avoiding.
- Booking the appointment.
- Paying the bill so it stops sitting in your head.

**The relational side:**

- Replying to the friend who texted.
- Saying *no* to one thing this week.
- Asking for help with one specific task.

> Self-care is doing the things your future self will thank you for, even when your present self would rather not.

Bubble baths are lovely. They're just the decoration on top, not the foundation.`,
        comments: [
          {
            by: 'dmitri',
            hoursLater: 5,
            votes: 3,
            body: '"The admin nobody talks about" — I have three unopened letters on my desk right now. Opening them tonight.',
          },
        ],
      },
      {
        by: 'rahul-m',
        votes: 5,
        hoursLater: 50,
        body: 'For me it was cooking one proper meal a week and freezing portions. On bad days there was always something decent to eat.',
      },
      {
        by: 'aisha-b',
        votes: 3,
        hoursLater: 90,
        body: 'Lowering standards on purpose. Clean enough, good enough, done is better than perfect.',
      },
    ],
  },
  {
    title: 'How much does exercise really help mood?',
    category: 'self-care',
    tags: ['exercise', 'depression', 'self-care'],
    by: 'rahul-m',
    daysAgo: 210,
    votes: 6,
    views: 980,
    body: `People keep telling me to "just go for a run" when I'm low, which is annoying. But is there actually something to it? And what if I really hate gyms?`,
    comments: [
      {
        by: 'maya',
        hoursLater: 12,
        votes: 1,
        body: 'Let us know what you end up trying! Half the fun here is hearing what works for people.',
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 7,
        isAccepted: true,
        hoursLater: 18,
        body: `There really is something to it. Regular physical activity is consistently linked with better mood and lower anxiety, and for mild to moderate depression it can be a useful part of treatment alongside other support. "Just go for a run" is still unhelpful advice, though, because it ignores how hard starting is.

You don't need a gym. Walking counts. Dancing in the kitchen counts. Gardening counts. The best exercise is the one you'll actually do, started at a level that feels almost too easy.`,
      },
      {
        by: 'noah-t',
        votes: 2,
        hoursLater: 70,
        body: 'Walking to work instead of taking the bus, twice a week. That was my whole plan. It helped more than I wanted to admit.',
      },
    ],
  },
  {
    title: 'My sleep schedule is wrecked. Where do I start?',
    category: 'self-care',
    tags: ['sleep', 'self-care'],
    by: 'ana-sousa',
    daysAgo: 9,
    votes: 4,
    views: 150,
    body: `I'm falling asleep around 3am and sleeping until noon, which wrecks my days and makes me feel awful. I've tried going to bed at 11 but I just lie there. How do people actually reset?`,
    answers: [
      {
        by: 'lena',
        votes: 5,
        hoursLater: 5,
        body: `Fix the **wake-up time** first, not the bedtime. Set an alarm for the same time every day (weekends too), get light in your eyes soon after, and move it earlier gradually, say 30 minutes every few days. Sleepiness at night will follow.

Lying in bed wide awake tends to teach your brain that bed is for being awake, so if you can't sleep, get up and do something dull in dim light until you're sleepy.`,
      },
      {
        by: 'yuki',
        votes: 2,
        hoursLater: 20,
        body: 'Phone charging in the kitchen, not the bedroom. Annoying for a week, then great.',
      },
    ],
  },
  {
    title: "Is journaling worth it if I don't know what to write?",
    category: 'self-care',
    tags: ['self-care', 'mindfulness', 'rumination'],
    by: 'oliver',
    daysAgo: 2,
    votes: 1,
    views: 33,
    body: `Every therapist and app recommends journaling. I bought a nice notebook, opened it, and wrote "today was fine". Then I closed it. Do you use prompts? Does it need to be every day to be worth doing?`,
    answers: [],
  },
]
