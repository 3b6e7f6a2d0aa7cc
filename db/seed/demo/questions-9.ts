import type { DemoQuestion } from './types'

/** Work & stress, and loneliness. */
export const questions9: DemoQuestion[] = [
  {
    title: 'Is this burnout or depression? How do I tell the difference?',
    category: 'work-and-stress',
    tags: ['burnout', 'depression', 'work-stress'],
    by: 'lucas',
    daysAgo: 600,
    votes: 18,
    views: 4410,
    body: `I've worked 50-hour weeks for two years. Now I'm exhausted all the time, cynical about a job I used to like, and I can't concentrate. I took a week off and felt slightly better, then it all came back on Monday. Is this burnout, depression, or both? Does the difference even matter?`,
    comments: [
      {
        by: 'sofia-r',
        hoursLater: 10,
        votes: 2,
        body: "Thank you for asking this. I've been wondering the same thing for months.",
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 17,
        isAccepted: true,
        hoursLater: 6,
        body: `It matters, because it can change what helps, although the two overlap a lot and you can have both.

**Burnout** is generally described as a result of chronic workplace stress that hasn't been well managed. The WHO describes it as an *occupational phenomenon* rather than a medical condition (https://www.who.int/news/item/28-05-2019-burn-out-an-occupational-phenomenon-international-classification-of-diseases). Its hallmarks are:

- exhaustion,
- mental distance or cynicism about your job,
- feeling less effective at work.

**Depression** tends to be more pervasive: low mood or loss of interest across *most* areas of life, not just work, often with changes in sleep, appetite and self-worth, and sometimes feelings of hopelessness.

A rough (not diagnostic) way to think about it:

1. *When you're away from work for a while, does life still feel enjoyable?* If yes, it leans toward burnout.
2. *Do weekends, hobbies and people you love feel grey too?* That leans toward depression.
3. *Are you feeling worthless or hopeless, or having thoughts of not wanting to be here?* Then please talk to a doctor promptly, and if you ever feel unsafe, contact a crisis line or emergency services.

Your week off helping "slightly" suggests work is a big driver, but two years of overload can also tip into depression. Either way, the next step is the same: **see your doctor**, describe both the work situation and how you feel outside it, and start a conversation with your employer about workload. This isn't a personal failing. It's a very human reaction to an unsustainable load.`,
        comments: [
          {
            by: 'lucas',
            hoursLater: 24,
            votes: 1,
            body: 'Question 2 hit hard. My weekends are mostly fine, so I think it is burnout. Talking to my manager on Thursday.',
          },
          {
            by: 'hana-k',
            hoursLater: 50,
            body: 'Added this to our "best answers" collection. Really clear.',
          },
        ],
      },
      {
        by: 'priya-raman',
        votes: 8,
        hoursLater: 20,
        body: `Agree with Kwame. I'd add that recovery from burnout usually needs **changes to the situation**, not just rest. A week off is a plaster; without lighter workload, clearer boundaries or a different role, the same conditions recreate the same exhaustion.

It's also worth asking what keeps you working 50 hours. Sometimes it's the job; sometimes it's perfectionism or fear of letting people down, which therapy can help with.`,
      },
      {
        by: 'aisha-b',
        votes: 4,
        hoursLater: 70,
        body: 'I thought I had burnout, kept pushing, and ended up with full-blown depression and three months off. Please take it seriously earlier than I did.',
      },
    ],
  },
  {
    title: 'My boss messages me at 11pm. How do I set boundaries without losing my job?',
    category: 'work-and-stress',
    tags: ['work-stress', 'boundaries', 'communication', 'burnout'],
    by: 'fatima-z',
    daysAgo: 75,
    votes: 12,
    views: 1650,
    body: `My manager sends messages late in the evening and at weekends, and expects quick replies. Nobody else on the team seems to push back. I'm lying awake waiting for my phone to buzz. I can't afford to lose this job. How do I change this without seeming uncommitted?`,
    comments: [
      {
        by: 'rahul-m',
        hoursLater: 6,
        body: 'Same situation here, different industry. Following.',
      },
    ],
    answers: [
      {
        by: 'tomas-h',
        votes: 11,
        isAccepted: true,
        hoursLater: 13,
        body: `Start with the assumption that your manager may not realise the effect. Many people send messages whenever a thought strikes, without expecting an instant reply.

Try a conversation framed around doing your job *well*: "I've noticed I'm checking messages late at night, and it's affecting my sleep and focus the next day. Could we agree that anything after 7pm can wait until the morning, unless it's urgent? And what counts as urgent for you?"

Then support it practically: turn off notifications after hours, and reply first thing the next day. If your organisation has a policy on out-of-hours contact (more and more do, and some countries have laws on it), it's worth knowing what it says.`,
        edit: {
          by: 'tomas-h',
          hoursLater: 2,
          previousBody: `Start with the assumption that your manager may not realise the effect. Many people send messages whenever a thought strikes, without expecting an instant reply.

Try a conversation framed around doing your job well: ask to agree that messages after 7pm can wait until morning unless urgent.`,
        },
      },
      {
        by: 'yuki',
        votes: 4,
        hoursLater: 30,
        body: 'I asked "is this urgent or can it wait until tomorrow?" the first few times. After a while my boss started adding "no rush" to evening messages.',
      },
    ],
  },
  {
    title: 'Sunday night dread, every single week',
    category: 'work-and-stress',
    tags: ['work-stress', 'anxiety', 'career'],
    by: 'emma-w',
    daysAgo: 50,
    votes: 9,
    views: 820,
    body: `From about 4pm on Sunday my stomach knots up and I can't enjoy the evening. By Monday morning it's fine. I don't hate my job, exactly. Is this just normal life, or a sign I should change something?`,
    answers: [
      {
        by: 'lena',
        votes: 5,
        hoursLater: 11,
        body: 'Some Sunday anticipation is very normal. Every week, for months, is worth paying attention to. Try writing down what specifically you dread. Is it a person, a meeting, the workload? It often turns out to be one fixable thing rather than the whole job.',
      },
      {
        by: 'oliver',
        votes: 3,
        hoursLater: 24,
        body: 'I plan something small and nice for Sunday evenings now, and do a ten-minute "Monday list" on Friday afternoon so nothing is hanging over me.',
      },
    ],
  },
  {
    title: 'Going back to work after mental health leave. What do I tell colleagues?',
    category: 'work-and-stress',
    tags: ['work-stress', 'career', 'depression'],
    by: 'noah-t',
    daysAgo: 1,
    votes: 2,
    views: 21,
    body: `I've been off for three months with depression and I'm returning part-time next week. HR knows, my team only knows I was "off sick". I'm dreading the "where have you been?" questions. How much do I have to say?`,
    comments: [
      {
        by: 'tomas-h',
        hoursLater: 3,
        votes: 1,
        body: "Welcome back, and well done for getting to this point. Hopefully members who've done a phased return will share what worked.",
      },
    ],
    answers: [],
  },
  {
    title: 'Imposter syndrome after a promotion',
    category: 'work-and-stress',
    tags: ['career', 'self-esteem', 'work-stress'],
    by: 'mei-lin',
    daysAgo: 70,
    votes: 7,
    views: 540,
    body: `I was promoted to team lead two months ago. Every day I feel like someone is about to realise they made a mistake. I over-prepare for every meeting and work late checking things no one asked me to check. How do people get past this?`,
    comments: [
      {
        by: 'oliver',
        hoursLater: 12,
        body: 'Checking things nobody asked me to check: this is me too.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 7,
        isAccepted: true,
        hoursLater: 9,
        body: `Imposter feelings are extremely common after a step up, and they often hit conscientious people hardest. The over-preparing is a clue: it *feels* like it keeps you safe, but it also stops you learning that you would have been fine without it.

Try one small experiment a week: prepare a normal amount for one meeting and notice what happens. Keep a "done list" of things that went well. And talk to a mentor or peer; you'll likely find they felt the same.`,
      },
      {
        by: 'maya',
        votes: 3,
        hoursLater: 48,
        body: 'They promoted you based on evidence. The feeling is a reaction to change, not a verdict on you.',
      },
    ],
  },
  {
    title: 'I feel lonely even when I am surrounded by people',
    category: 'self-care',
    tags: ['loneliness', 'friendship', 'depression'],
    by: 'benji',
    daysAgo: 260,
    votes: 11,
    views: 1530,
    body: `I have a partner, a few friends, colleagues I get on with. On paper I'm not alone. But I often feel like nobody really knows me, and I come home from social things feeling emptier than before. Does anyone else feel this?`,
    comments: [
      {
        by: 'yuki',
        hoursLater: 20,
        votes: 1,
        body: "This is one of the most relatable posts I've read here.",
      },
    ],
    answers: [
      {
        by: 'tomas-h',
        votes: 9,
        hoursLater: 15,
        body: `Yes, and you've put it well. Loneliness is less about how many people are around you and more about whether you feel *known*. Many people feel it in a crowd.

It often comes from keeping the conversation on the surface: being the good listener, the funny one, the one who's "fine". One small experiment is to share something a little more real with one person you trust, and see what comes back.

If the emptiness is persistent and spreading, please mention it to your doctor too, because it can be part of low mood.`,
      },
      {
        by: 'sofia-r',
        votes: 5,
        hoursLater: 40,
        body: 'I felt this for years until I told one friend "I\'m not actually doing that great". She said "oh thank god, me neither". That was the start of a real friendship.',
      },
    ],
  },
]
