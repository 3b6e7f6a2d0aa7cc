import type { DemoQuestion } from './types'

/** Anxiety and panic attacks. */
export const questions3: DemoQuestion[] = [
  {
    title: 'A constant feeling that something bad is about to happen. Is that anxiety?',
    category: 'anxiety',
    tags: ['anxiety', 'rumination', 'exercise'],
    by: 'rahul-m',
    daysAgo: 340,
    votes: 10,
    views: 1870,
    body: `Most days I have a low hum of dread, like I've forgotten something important or bad news is on its way. Nothing specific is wrong. My chest feels tight and I can't fully relax, even on holiday. Is this what people mean by generalised anxiety, or is it just stress?`,
    comments: [
      {
        by: 'aisha-b',
        hoursLater: 10,
        body: 'The "low hum" is exactly how I\'d describe mine. Thank you for putting it into words.',
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 11,
        isAccepted: true,
        hoursLater: 8,
        body: `What you describe — persistent, free-floating worry, physical tension, difficulty relaxing even when things are fine — is very typical of how people describe generalised anxiety. Only a clinician who can ask you more questions can say for sure, though.

**Why it's worth checking:**

- Generalised anxiety is common and very treatable, usually with talking therapy (CBT has good evidence), sometimes with medication, often with both.
- A doctor can also rule out physical contributors, such as thyroid problems, which can feel similar.

**Things that help many people in the meantime:**

1. *Name it* when it shows up: "This is the anxiety hum, not a prediction."
2. Cut back on caffeine and alcohol for a few weeks and notice any difference.
3. Try a daily 15-minute "worry time": jot worries down during the day and only engage with them in that slot.
4. Move your body. Anxiety is partly a body state, and exercise burns off some of the readiness.

If the dread ever shifts into feeling hopeless or unsafe, please reach out for help straight away rather than waiting.`,
        comments: [
          {
            by: 'rahul-m',
            hoursLater: 12,
            body: 'The "not a prediction" framing helps more than I expected. Booked a GP appointment.',
          },
        ],
      },
      {
        by: 'emma-w',
        votes: 4,
        hoursLater: 35,
        body: 'I described it as "waiting for a phone call that never comes" for years before I got help. It does get quieter.',
      },
    ],
  },
  {
    title: 'How do I stop replaying conversations at night?',
    category: 'anxiety',
    tags: ['rumination', 'sleep', 'anxiety', 'mindfulness'],
    by: 'lena',
    daysAgo: 276,
    votes: 12,
    views: 2540,
    body: `Every night I lie in bed and go over everything I said that day. Did I sound rude at work? Was that joke weird? It can go on for an hour. I'm exhausted. How do people switch this off?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 10,
        isAccepted: true,
        hoursLater: 14,
        body: `Night-time replaying is one of the most common forms of rumination. The brain finally has quiet, so it goes looking for "unfinished business". You can't force it off, but you can give it less fuel.

**Before bed:**

- Do a *brain dump* an hour before sleep: write down anything you're replaying, and one sentence on what, if anything, you'll do about it tomorrow.
- Keep the last half hour low-stimulation: dim lights, no work messages.

**When it starts in bed:**

1. Notice and label it: "replaying again."
2. Shift attention to something absorbing but calm, such as an audiobook you know well or a slow counting exercise.
3. If you've been awake for what feels like 20 minutes, get up, sit somewhere dim and do something boring until you're sleepy.

**Over the longer term**, it's worth asking *why* the replay focuses on being judged. That is often tied to self-criticism or social anxiety, which therapy can help with directly.

> You don't need to win the argument with the thought. You just need to stop joining it.`,
      },
      {
        by: 'dmitri',
        votes: 6,
        hoursLater: 20,
        body: 'The brain dump changed my life, honestly. Writing "I will ask Sarah tomorrow if she was upset" lets my brain drop it.',
      },
      {
        by: 'aisha-b',
        votes: 1,
        hoursLater: 240,
        body: 'Podcasts with calm voices. Not sleep podcasts, just boring history ones.',
      },
    ],
  },
  {
    title: 'Does caffeine really make anxiety worse?',
    category: 'anxiety',
    tags: ['anxiety', 'self-care', 'sleep'],
    by: 'benji',
    daysAgo: 560,
    votes: 4,
    views: 760,
    body: `I drink about five coffees a day and have had anxiety for years. People keep telling me to cut down but I don't feel "buzzed" from coffee anymore. Is this actually a real link or a wellness myth?`,
    comments: [
      {
        by: 'dmitri',
        hoursLater: 3,
        body: 'Five a day was me two years ago. Watching this one.',
      },
    ],
    answers: [
      {
        by: 'lucas',
        votes: 5,
        hoursLater: 6,
        body: 'It is a real link. Caffeine produces the same racing heart and jitteriness as anxiety, and your body can read it as a threat even when you feel used to it. Cut down gradually rather than stopping at once; caffeine withdrawal headaches are miserable.',
      },
      {
        by: 'maya',
        votes: 3,
        hoursLater: 40,
        body: 'I went from four cups to one over a month. The baseline tightness in my chest got noticeably better. Decaf after noon helped with the ritual part.',
      },
    ],
  },
  {
    title: 'My partner has anxiety. How do I support him without becoming his therapist?',
    category: 'anxiety',
    tags: ['anxiety', 'communication', 'boundaries'],
    by: 'sofia-r',
    daysAgo: 118,
    votes: 8,
    views: 1030,
    body: `My boyfriend has pretty severe anxiety. I love him and want to help, but lately I spend most evenings reassuring him, and I've started to feel drained and a bit resentful, which makes me feel guilty. How do I support him without it taking over?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 9,
        isAccepted: true,
        hoursLater: 16,
        body: `Your feelings make complete sense, and they don't mean you love him any less. It may help to know that **constant reassurance often keeps anxiety going**: it brings relief for a moment, then the worry returns and needs more reassurance.

Some ideas:

- Talk about it at a calm time, not mid-worry: "I want to support you, and I've noticed I'm getting worn out. Can we find a way that works for both of us?"
- Agree on a kinder response than reassurance, like "I can see you're anxious. What do you need right now besides me telling you it's fine?"
- Encourage professional support, because you can be his partner but not his clinician.
- Protect your own time, friends and rest. It's not selfish; it keeps the relationship sustainable.

Couples sessions focused on anxiety can be really helpful for exactly this pattern.`,
      },
      {
        by: 'noah-t',
        votes: 3,
        hoursLater: 60,
        body: 'From the anxious side: my partner saying "I love you and I\'m not answering that one again" was annoying at first and then genuinely helpful.',
      },
    ],
  },
  {
    title: 'First panic attack at 34. I thought I was having a heart attack',
    category: 'anxiety/panic-attacks',
    tags: ['panic-attacks', 'health-anxiety'],
    by: 'emma-w',
    daysAgo: 470,
    votes: 15,
    views: 3890,
    body: `Last week in a supermarket my heart started pounding, I couldn't catch my breath, my hands tingled and I was convinced I was dying. I ended up in A&E. All the tests were normal and the doctor said it was "probably a panic attack". I'm now terrified of it happening again. Is this what panic attacks feel like?`,
    comments: [
      {
        by: 'maya',
        hoursLater: 4,
        body: 'That sounds really frightening. Glad you got checked properly.',
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 16,
        isAccepted: true,
        hoursLater: 5,
        body: `Yes, that is a very typical description, and you did exactly the right thing by getting checked. A first panic attack very often sends people to A&E because it *feels* like a medical emergency.

**What's happening in your body:** the alarm system (fight or flight) fires without a real danger. Adrenaline speeds your heart, you breathe faster, and the change in breathing causes tingling, dizziness and the feeling that you can't get enough air. It is intensely unpleasant, but a panic attack on its own doesn't damage your heart.

**Why the fear of another one matters:** after a first attack, many people start avoiding places where it happened, or watching their body for signs. That "fear of fear" can keep the cycle going. Recognising it early is half the battle.

**What helps:**

1. Learning how panic works (you're doing that now).
2. Slow breathing, with a longer out-breath than in-breath, and grounding when symptoms start.
3. Not avoiding the supermarket for long; gently going back teaches your brain it's safe.
4. CBT for panic, which has strong evidence. Ask your GP about a referral if attacks keep coming.

One important caveat: if you ever have chest pain or symptoms that feel *different* from your usual panic, or you're unsure, it's always OK to seek urgent medical help. Nobody will think you're wasting their time.`,
        edit: {
          by: 'kwame',
          hoursLater: 7,
          previousBody: `Yes, that is a very typical description, and you did exactly the right thing by getting checked. A first panic attack very often sends people to A&E because it *feels* like a medical emergency.

**What's happening in your body:** the alarm system (fight or flight) fires without a real danger. Adrenaline speeds your heart, you breathe faster, and that causes tingling and dizziness.

**What helps:**

1. Learning how panic works (you're doing that now).
2. Slow breathing and grounding when symptoms start.
3. Not avoiding the supermarket for long.
4. CBT for panic, which has strong evidence.`,
        },
        comments: [
          {
            by: 'emma-w',
            hoursLater: 3,
            votes: 2,
            body: 'Reading "it doesn\'t damage your heart" from a nurse made me cry with relief. Thank you.',
          },
        ],
      },
      {
        by: 'lucas',
        votes: 5,
        hoursLater: 30,
        body: 'Mine started at 29 in a train station. Same A&E trip. Years later I rarely get them. It gets so much better with the right help.',
      },
      {
        by: { anon: 'also-thought-it-was-my-heart' },
        votes: 2,
        hoursLater: 110,
        body: 'Keep the discharge letter with the normal results on your phone. Reading it during an attack grounded me more than once.',
      },
    ],
  },
  {
    title: 'Grounding techniques that actually work in the middle of a panic attack?',
    category: 'anxiety/panic-attacks',
    tags: ['panic-attacks', 'mindfulness'],
    by: 'yuki',
    daysAgo: 205,
    votes: 13,
    views: 2980,
    body: `Every article says "just breathe deeply", but when I'm mid-attack I can't think straight enough to follow instructions. What actually works for you when you're in it, not afterwards?`,
    comments: [
      {
        by: 'noah-t',
        hoursLater: 6,
        votes: 2,
        body: 'Saving this whole thread to my phone for the next bad moment.',
      },
    ],
    answers: [
      {
        by: 'emma-w',
        votes: 12,
        isAccepted: true,
        hoursLater: 3,
        body: `Someone with panic disorder here. The key for me was practising these when I was calm so they were automatic when I needed them.

1. **5-4-3-2-1.** Name 5 things you see, 4 you can touch, 3 you hear, 2 you smell, 1 you taste. It drags your attention outwards.
2. **Cold water.** Splashing your face or holding something cold can interrupt the spiral quickly.
3. **Long exhale breathing.** Forget "deep breaths"; breathe in for about 4, out for about 6 or 7. A longer out-breath is what calms the body.
4. **Say it out loud:** "This is panic. It peaks and it passes." Hearing your own voice helps.
5. **Feet on the floor.** Press them down and notice the pressure.

*What didn't work for me:* fighting it. The moment I stopped trying to make it stop, it started to pass sooner.`,
        comments: [
          {
            by: 'yuki',
            hoursLater: 20,
            body: 'Tried the long exhale on the bus today and it took the edge off. Thank you.',
          },
        ],
      },
      {
        by: 'kwame',
        votes: 7,
        hoursLater: 10,
        body: 'Good list. I\'d add: a card in your wallet with your own words on it ("You have had this before. It passes.") because in the moment it\'s hard to remember anything.',
      },
    ],
  },
  {
    title: "Panic attacks while driving. I'm scared to get on the motorway",
    category: 'anxiety/panic-attacks',
    tags: ['panic-attacks', 'anxiety'],
    by: 'dmitri',
    daysAgo: 390,
    votes: 6,
    views: 910,
    body: `I had a panic attack on the motorway two months ago and had to pull onto the hard shoulder. Since then I've been taking back roads, which adds 40 minutes to my commute. I know avoidance makes it worse, but how do I get back on without putting myself or others at risk?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 7,
        hoursLater: 20,
        body: `You're right that avoidance tends to grow, and it's good you're thinking about safety too. Most people rebuild confidence in small steps: a short stretch between two close junctions at a quiet time, ideally with a calm passenger first, then gradually longer trips.

If attacks are frequent or intense, work with a therapist on this (graded exposure is a core part of CBT for panic), and talk to your doctor about whether you're fit to drive while it's active. Safety first, then steady progress.`,
      },
      {
        by: 'benji',
        votes: 2,
        hoursLater: 100,
        body: 'Junction to junction on a Sunday morning was exactly how I did it. Took about six weeks.',
      },
    ],
  },
  {
    title: 'Waking up at 3am in a full panic',
    category: 'anxiety/panic-attacks',
    tags: ['panic-attacks', 'sleep'],
    by: { anon: 'night-owl-against-my-will' },
    daysAgo: 1,
    votes: 2,
    views: 27,
    body: `Three times this week I've woken up suddenly with my heart racing, sweating, feeling like something terrible is happening. No nightmare that I can remember. It takes an hour to calm down. Does anyone else get night-time panic attacks, and what helped?`,
    comments: [
      {
        by: 'emma-w',
        hoursLater: 4,
        votes: 1,
        body: "You're not alone. Night-time panic attacks are a recognised thing and I had them for a while. Worth mentioning to your GP.",
      },
    ],
    answers: [],
  },
]
