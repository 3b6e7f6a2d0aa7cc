import type { DemoQuestion } from './types'

/** Finding a therapist and online therapy. */
export const questions2: DemoQuestion[] = [
  {
    title: "How do I find a therapist when I can't afford much?",
    category: 'psychotherapy/finding-a-therapist',
    tags: ['cost-of-care', 'therapy'],
    by: 'oliver',
    daysAgo: 96,
    votes: 13,
    views: 2210,
    body: `I'm on a tight budget (part-time job, renting) and private therapists near me charge more than my weekly food shop per session. I know I need help with anxiety that's been building for a year. Where do people on low incomes actually find therapy?`,
    answers: [
      {
        by: 'tomas-h',
        votes: 14,
        isAccepted: true,
        hoursLater: 4,
        body: `You're far from alone, and there are more options than the directories make it look. In rough order of where I'd start:

- **Your doctor or GP.** In many countries talking therapies are available free or subsidised through the public health system, sometimes by self-referral. Waiting lists exist, but getting on one costs nothing.
- **Sliding-scale therapists.** Many private therapists keep a few low-cost places. Directories often have a filter for it, or you can simply email and ask.
- **Training clinics.** Universities that train psychologists and counsellors often run clinics where supervised trainees see clients at a much lower fee. Supervision is thorough.
- **Charities and community services.** Local mental-health charities frequently offer free counselling, support groups or short courses.
- **Workplace or student schemes.** Check for an employee assistance programme (EAP) or student counselling; they're usually free and confidential.
- **Group therapy.** Often cheaper than one-to-one and genuinely effective for anxiety.

The World Health Organization has a good plain-language overview of anxiety and what helps: https://www.who.int/news-room/fact-sheets/detail/anxiety-disorders

If anything gets worse while you're waiting, please don't sit on it: go back to your doctor and say so.`,
        comments: [
          {
            by: 'oliver',
            hoursLater: 10,
            votes: 1,
            body: 'I had no idea about training clinics. There is one 20 minutes away. Emailing them tomorrow.',
          },
        ],
      },
      {
        by: 'sofia-r',
        votes: 5,
        hoursLater: 20,
        body: "Seconding training clinics. I'm a trainee and my cases are discussed in supervision every single week. You get two brains for the price of a fraction of one.",
      },
      {
        by: { anon: 'Anon in Leeds' },
        votes: 2,
        hoursLater: 52,
        body: 'My employer had an EAP I had never heard of. Six free sessions. Ask HR, it is anonymous.',
      },
    ],
  },
  {
    title: 'What should I ask in a first consultation with a therapist?',
    category: 'psychotherapy/finding-a-therapist',
    tags: ['therapy', 'therapist-relationship'],
    by: 'fatima-z',
    daysAgo: 150,
    votes: 10,
    views: 1540,
    body: `I have free 15-minute calls booked with three therapists next week. I always freeze on the phone and end up just saying "okay, sounds good". What questions help you figure out if someone's a good fit?`,
    comments: [
      {
        by: 'hana-k',
        hoursLater: 30,
        votes: 1,
        body: 'Added to the Finding a therapist FAQ list. Great thread.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 11,
        isAccepted: true,
        hoursLater: 9,
        body: `Great idea to talk to several. From the therapist's side of the call, these are the questions I'm always glad to be asked:

1. **"What's your experience with [what you're dealing with]?"** You're listening for specifics, not just "oh yes, lots".
2. **"What would a typical session look like?"** Structured and skills-based, or open and exploratory?
3. **"How will we know if it's working?"** Good therapists review progress with you.
4. **"What are your fees, cancellation policy and availability?"** Better to know now than in week three.
5. **"How do you handle it if I'm not happy with how things are going?"** Their answer shows how they handle feedback.

Then, afterwards, ask *yourself*:

- Did I feel rushed, or listened to?
- Could I imagine telling this person something embarrassing?
- Did I feel judged at any point?

> Fit is a feeling as much as a checklist. It's fine to choose the person you felt most at ease with, even if someone else looked better on paper.

Tip for the freezing: write the questions down and tell them at the start, "I've got a few questions written down, is it okay if I read them?" Every therapist will say yes.`,
      },
      {
        by: 'yuki',
        votes: 4,
        hoursLater: 28,
        body: 'Number 5 is gold. One therapist I spoke to got visibly defensive at that question and that told me everything.',
      },
    ],
  },
  {
    title: "My therapist and I just don't click. Is it OK to switch?",
    category: 'psychotherapy/finding-a-therapist',
    tags: ['therapist-relationship', 'therapy'],
    by: 'lucas',
    daysAgo: 520,
    votes: 9,
    views: 1380,
    body: `Six sessions in. She's kind and clearly competent, but I leave every session feeling like we talked past each other. I feel guilty even thinking about switching, as if I'm being ungrateful or "not trying hard enough". Is this a normal thing to do?`,
    answers: [
      {
        by: 'kwame',
        votes: 8,
        hoursLater: 12,
        body: `Completely normal, and therapists expect it. The fit between you matters a great deal for how helpful therapy is, so switching is looking after your treatment, not being ungrateful.

You could also raise it with her first. Sometimes saying "I feel like we're talking past each other" changes the work. If it doesn't, ask her to recommend someone; most are happy to.`,
      },
      {
        by: 'benji',
        votes: 3,
        hoursLater: 44,
        body: 'I switched after five sessions with my first one. The second therapist I saw for two years. No regrets.',
      },
    ],
  },
  {
    title: 'Is it worth looking for a therapist from the same cultural background?',
    category: 'psychotherapy/finding-a-therapist',
    tags: ['therapy', 'family-conflict'],
    by: 'aisha-b',
    daysAgo: 610,
    votes: 8,
    views: 970,
    body: `A lot of my stress comes from family expectations that are tied to culture and religion. My last therapist was kind but kept suggesting I "just set boundaries with my parents", as if that were simple. Should I specifically look for someone who shares my background?`,
    comments: [
      {
        by: 'maya',
        hoursLater: 14,
        body: 'Thank you for raising this. It comes up a lot and there is not enough written about it.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 9,
        isAccepted: true,
        hoursLater: 18,
        body: `It can make a real difference. What you need above all is someone who understands that "just set boundaries" can carry very different costs in different families and communities. Sometimes a shared background gives you that instantly, so you spend less time explaining and more time working.

It isn't the only route, though. Some therapists from other backgrounds are genuinely culturally curious and humble. A good question for a consultation: "How do you work with clients whose family and culture are central to what they bring?" Listen for openness rather than a script.`,
      },
      {
        by: 'benji',
        votes: 4,
        hoursLater: 90,
        body: 'For me it was night and day. My current therapist understood "family obligation" without me needing to defend it first.',
      },
    ],
  },
  {
    title: 'The waiting list is five months. What can I do in the meantime?',
    category: 'psychotherapy/finding-a-therapist',
    tags: ['therapy', 'self-care', 'anxiety'],
    by: 'sam-rivera',
    daysAgo: 12,
    votes: 6,
    views: 260,
    body: `Finally got referred for therapy for anxiety and low mood. The letter says the wait is about five months. I'm relieved to be on the list but five months feels endless. Is there anything useful I can do while I wait?`,
    answers: [
      {
        by: 'kwame',
        votes: 7,
        hoursLater: 6,
        body: `Good that you're on the list. A few things that genuinely help people in the gap:

- **Ask what the service offers while you wait.** Many have guided self-help, online CBT courses or groups you can start sooner.
- **Keep a simple mood diary.** Just a line a day. It gives you and your future therapist a lot to work with.
- **Protect the basics:** regular sleep and wake times, some daylight, some movement, food at roughly normal times.
- **Tell someone you trust** what's going on, so you're not carrying it alone.

And the important bit: if things get worse before your appointment, *go back to your doctor*. Waiting lists can sometimes be reprioritised. If you ever feel unsafe, contact emergency services or a crisis line rather than waiting.`,
      },
      {
        by: 'emma-w',
        votes: 2,
        hoursLater: 16,
        body: 'The free online CBT course my service offered while I waited was better than I expected. It gave me words for what was happening.',
      },
    ],
  },
  {
    title: 'Is video therapy as effective as in-person?',
    category: 'psychotherapy/online-therapy',
    tags: ['online-therapy', 'therapy'],
    by: 'benji',
    daysAgo: 455,
    votes: 7,
    views: 1120,
    body: `The only therapist with space who specialises in what I need works entirely online. Part of me feels like therapy over a webcam is a watered-down version. Does it actually work as well?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 8,
        hoursLater: 10,
        body: `For many common problems, such as anxiety and depression, research comparing video and face-to-face therapy generally finds similar outcomes. Some people even find it easier to open up from their own sofa.

It suits some people less well: if you have no private space, if screens make you feel disconnected, or if you're in a crisis where in-person support would be safer. Try a few sessions and review honestly with the therapist how it's going.`,
      },
      {
        by: 'lucas',
        votes: 3,
        hoursLater: 33,
        body: 'I switched to video when I moved and was surprised how little changed. Headphones and a closed door make a big difference.',
      },
    ],
  },
  {
    title: 'Text-based therapy apps: are the counsellors real, licensed people?',
    category: 'psychotherapy/online-therapy',
    tags: ['online-therapy', 'cost-of-care', 'ethics'],
    by: 'noah-t',
    daysAgo: 2,
    votes: 0,
    views: 38,
    body: `I keep seeing adverts for apps where you message a therapist whenever you like for a monthly fee. How do I check the person on the other end is actually qualified? And what happens to my messages?`,
    comments: [
      {
        by: 'lena',
        hoursLater: 5,
        votes: 1,
        body: "Following. I'd also like to know whether the chats are stored and who can read them.",
      },
    ],
    answers: [],
  },
  {
    title: 'How do I do online sessions when I live with my parents and have no privacy?',
    category: 'psychotherapy/online-therapy',
    tags: ['online-therapy', 'family-conflict', 'boundaries'],
    by: { anon: 'thin-walls', email: 'thin.walls.demo@example.com' },
    daysAgo: 84,
    votes: 9,
    views: 890,
    body: `I'm 22 and living at home. Some of what I need to talk about *is* my family. The walls are thin and my mum tends to walk in without knocking. How do people manage this?`,
    answers: [
      {
        by: 'yuki',
        votes: 8,
        isAccepted: true,
        hoursLater: 7,
        body: `I did therapy from a parked car for a year! Other things people use: a walk with headphones (ask your therapist if they're okay with audio-only), a friend's spare room, a bookable room at a library, or scheduling sessions when the house is empty.

A white-noise machine or a fan outside your door helps too. And tell your therapist about the situation; they can adapt, for example by using a code phrase if someone walks in.`,
        comments: [
          {
            by: { anon: 'thin-walls', email: 'thin.walls.demo@example.com' },
            hoursLater: 5,
            body: 'The car idea is so simple. Thank you.',
          },
        ],
      },
      {
        by: 'tomas-h',
        votes: 3,
        hoursLater: 26,
        body: 'Many therapists also offer typed chat for part of a session, so you can write the sensitive parts rather than say them aloud.',
      },
    ],
  },
]
