import type { DemoQuestion } from './types'

/** Social anxiety, health anxiety and talking to family about depression. */
export const questions4: DemoQuestion[] = [
  {
    title: 'How do I make small talk at work without freezing up?',
    category: 'anxiety/social-anxiety',
    tags: ['social-anxiety', 'work-stress'],
    by: 'mei-lin',
    daysAgo: 22,
    votes: 5,
    views: 340,
    body: `New job, open-plan office. Whenever someone says "how was your weekend?" my mind goes completely blank and I say "good, you?" and then stand there. I want to be friendly but I'm so in my head about sounding boring. Any practical tips?`,
    answers: [
      {
        by: 'lena',
        votes: 6,
        isAccepted: true,
        hoursLater: 4,
        body: `Small talk is less about being interesting and more about showing you're friendly. People rarely remember *what* you said, only that the exchange felt warm.

Have one or two small things ready ("I finally tried that ramen place", "I spent Sunday fighting with a flat-pack bookshelf") and ask one follow-up question back. That's genuinely enough.`,
      },
      {
        by: 'rahul-m',
        votes: 2,
        hoursLater: 9,
        body: 'Asking about something visible helps me: their mug, their lunch, the weather outside. Low stakes.',
      },
    ],
  },
  {
    title: 'Is it social anxiety, or am I just an introvert?',
    category: 'anxiety/social-anxiety',
    tags: ['social-anxiety', 'self-esteem', 'cbt'],
    by: 'oliver',
    daysAgo: 140,
    votes: 9,
    views: 1450,
    body: `I've always been "the quiet one". I need lots of alone time and parties drain me. But I also skip things I'd actually like to go to because I'm scared of saying something stupid. Where's the line between being an introvert and having social anxiety?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 10,
        hoursLater: 12,
        body: `A helpful rule of thumb: **introversion is about energy, social anxiety is about fear.**

- An introvert may *prefer* a quiet night in, and feels recharged by it.
- Someone with social anxiety may *want* to go out, but stays home because they fear being judged, embarrassed or rejected, and often feels disappointed or lonely afterwards.

You can be both. The part you describe — skipping things you'd like to go to because you're scared of saying something stupid — sounds like the fear side, and that part is very workable with CBT, which has good evidence for social anxiety.

A question to ask yourself: *If I knew for certain nobody would judge me, would I go?* If the answer is yes, anxiety is probably making some decisions for you.`,
      },
      {
        by: 'yuki',
        votes: 4,
        hoursLater: 30,
        body: 'That "would I go if nobody could judge me" question is brutal in the best way.',
      },
    ],
  },
  {
    title: 'Phone calls terrify me. How do I make appointments?',
    category: 'anxiety/social-anxiety',
    tags: ['social-anxiety', 'anxiety'],
    by: { anon: 'text-me-instead' },
    daysAgo: 66,
    votes: 7,
    views: 780,
    body: `I'm 27 and I still get my partner to phone the dentist for me. My heart pounds, I rehearse for ages, and if they ask something unexpected I panic and hang up. I'm embarrassed. Is there a way to get better at this?`,
    answers: [
      {
        by: 'emma-w',
        votes: 6,
        isAccepted: true,
        hoursLater: 10,
        body: `You're not alone at all, this is incredibly common. What helped me was a tiny script on paper (name, date of birth, what I want, "could you repeat that?" as an emergency line) and starting with the easiest calls first, like a shop's opening hours.

Also, it's okay to use online booking where it exists while you practise. Progress, not perfection.`,
      },
      {
        by: 'fatima-z',
        votes: 2,
        hoursLater: 50,
        body: 'Saying "sorry, I\'m a bit nervous on the phone" at the start takes the pressure off. Receptionists are nearly always kind about it.',
      },
    ],
  },
  {
    title: "Moved to a new city and I can't bring myself to go to meetups",
    category: 'anxiety/social-anxiety',
    tags: ['social-anxiety', 'loneliness', 'friendship'],
    by: 'fatima-z',
    daysAgo: 160,
    votes: 11,
    views: 1620,
    body: `I moved for work four months ago and I don't know anyone. I've signed up for loads of meetups and then sat outside the venue and gone home. Weekends are really lonely. How do people make friends as adults when walking into a room full of strangers feels impossible?`,
    comments: [
      {
        by: 'aisha-b',
        hoursLater: 8,
        body: 'Sitting outside the venue and going home — I have done this so many times. You are not the only one.',
      },
    ],
    answers: [
      {
        by: 'tomas-h',
        votes: 11,
        isAccepted: true,
        hoursLater: 9,
        body: `Walking into a room of strangers is one of the hardest social situations there is, so let's make it easier rather than braver.

**Pick activities, not "socials".** A running club, a pottery class, volunteering, a board-game café. When there's something to *do*, there's less pressure to talk, and conversation happens naturally over time.

**Go to the same thing repeatedly.** Friendship research keeps finding that it's built on repeated, casual contact. The third week at the same class is far easier than the first week at ten different events.

**Make the first step tiny:**

1. Arrive five minutes early, when there are fewer people.
2. Tell the organiser "it's my first time". They will usually introduce you.
3. Give yourself permission to leave after 30 minutes.

Loneliness after a move is common and painful, and it isn't a sign that something's wrong with you. If it starts to drag you down badly, do mention it to a doctor, because loneliness and low mood feed each other.`,
        comments: [
          {
            by: 'fatima-z',
            hoursLater: 70,
            votes: 2,
            body: 'Joined a beginners climbing class. Week three, someone asked me for coffee. Thank you for the push.',
          },
        ],
      },
      {
        by: 'benji',
        votes: 3,
        hoursLater: 40,
        body: "Volunteering worked for me. Everyone is there for the same reason and there's a built-in topic.",
      },
    ],
  },
  {
    title: 'I keep googling my symptoms and it makes everything worse',
    category: 'anxiety/health-anxiety',
    tags: ['health-anxiety', 'rumination', 'cbt'],
    by: 'noah-t',
    daysAgo: 250,
    votes: 10,
    views: 1760,
    body: `Any twinge or headache and I'm on my phone reading about rare diseases. Within ten minutes I've convinced myself I have something terrible. I know it's irrational but the urge to check is overwhelming. How do I stop?`,
    comments: [
      {
        by: 'rahul-m',
        hoursLater: 2,
        body: 'The ten-minutes-to-a-rare-disease pipeline is so real.',
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 10,
        isAccepted: true,
        hoursLater: 7,
        body: `Symptom-checking is a classic part of health anxiety. It brings brief relief ("okay, it's probably not that") and then a new doubt, so you check again. The relief is what keeps the habit going.

**Ways people break the loop:**

- **Delay, don't ban.** When the urge hits, set a timer for 30 minutes. Often it fades, and each time it does you learn that you can tolerate the uncertainty.
- **Make it harder:** log out of your browser on your phone, or use a site blocker for health sites.
- **Have one trusted source of action:** "If a symptom lasts longer than X or gets worse, I'll call my GP", agreed with your doctor in advance.

CBT designed for health anxiety works well, so it's worth asking for a referral. And of course, new or worrying symptoms should still be checked by a doctor — the aim is to stop the *googling*, not to stop getting care.`,
      },
      {
        by: 'lena',
        votes: 4,
        hoursLater: 22,
        body: "As a nurse who also has health anxiety: search engines show you the dramatic stuff because it gets clicks, not because it's likely. That helped me take them less seriously.",
      },
    ],
  },
  {
    title: "My doctor says I'm fine, but I can't believe it",
    category: 'anxiety/health-anxiety',
    tags: ['health-anxiety', 'anxiety', 'cbt'],
    by: 'aisha-b',
    daysAgo: 430,
    votes: 6,
    views: 940,
    body: `I've had blood tests, an ECG and a scan in the last year. All normal. For about a day after each result I feel relieved, and then I start thinking "but what if they missed something". I feel like I'm wasting the doctor's time but I can't stop.`,
    edit: {
      by: 'aisha-b',
      hoursLater: 1,
      previousBody: `I've had blood tests, an ECG and a scan in the last year. All normal. For about a day after each result I feel relieved, and then I start thinking "but what if they missed something". I can't stop.`,
    },
    answers: [
      {
        by: 'priya-raman',
        votes: 7,
        isAccepted: true,
        hoursLater: 26,
        body: `That pattern — relief, then "what if they missed something" — is the heart of health anxiety. It isn't that you're not listening; it's that reassurance can't reach the part of you that needs 100% certainty, which no test can give.

It may help to tell your doctor exactly what you wrote here. Many GPs will then talk about treatment for the anxiety itself, such as CBT, instead of more tests. You aren't wasting their time by being honest.`,
      },
    ],
  },
  {
    title: "Health anxiety got much worse after my dad's illness",
    category: 'anxiety/health-anxiety',
    tags: ['health-anxiety', 'aging-parents'],
    by: 'sam-rivera',
    daysAgo: 5,
    votes: 3,
    views: 61,
    body: `My dad was diagnosed with a heart condition in the spring. Since then I check my pulse constantly and I've been to the GP twice about chest twinges that were nothing. I think watching him go through it flipped something in me. Has anyone else had this happen after a family member got ill?`,
    answers: [],
  },
  {
    title: 'How do I explain depression to parents who think it is laziness?',
    category: 'depression',
    tags: ['depression', 'family-conflict', 'communication'],
    by: { anon: 'Anon in Leeds' },
    daysAgo: 195,
    votes: 12,
    views: 2230,
    body: `I'm 19 and was diagnosed with depression a few months ago. My parents keep saying I just need to "get up earlier and stop being lazy". My dad said depression didn't exist when he was young. I want them to understand but every conversation turns into an argument.`,
    answers: [
      {
        by: 'kwame',
        votes: 11,
        isAccepted: true,
        hoursLater: 11,
        body: `I'm sorry you're dealing with this on top of the depression itself. Many parents grew up without the language for mental health, and "laziness" is often the only explanation they've been given. That doesn't make it less hurtful.

Things that sometimes help:

1. **Pick a calm moment**, not straight after an argument.
2. **Describe, don't debate.** "When I say I can't get up, it's not that I don't want to. It feels like my body is made of concrete." Concrete descriptions land better than diagnoses.
3. **Use a neutral third party.** A leaflet from your doctor, or a reputable page such as the WHO's depression fact sheet (https://www.who.int/news-room/fact-sheets/detail/depression), can carry authority that you don't yet have in their eyes.
4. **Invite them to an appointment** if your doctor or therapist is open to it.

They may not get it quickly. Try to find at least one person — a friend, a sibling, a counsellor — who *does* understand, so you're not relying on your parents alone for support.`,
        comments: [
          {
            by: { anon: 'Anon in Leeds' },
            hoursLater: 48,
            votes: 2,
            body: 'The concrete description worked on my mum. Dad is still sceptical but she has started defending me. Small win.',
          },
        ],
      },
      {
        by: 'aisha-b',
        votes: 6,
        hoursLater: 36,
        body: `As a parent from a culture where this wasn't talked about: my own mind changed when I saw my son's doctor take it seriously. Sometimes parents need to hear it from someone "official" before they can hear it from their child. It isn't fair, but it helps.`,
      },
    ],
  },
]
