import type { DemoQuestion } from './types'

/** Relationships, dating and online dating. */
export const questions6: DemoQuestion[] = [
  {
    title: 'How do we disagree without it turning into a fight every time?',
    category: 'relationships',
    tags: ['communication', 'trust'],
    by: 'noah-t',
    daysAgo: 300,
    votes: 15,
    views: 3610,
    body: `My partner and I love each other but any disagreement — dishes, money, which family to visit at Christmas — escalates within minutes. Voices get raised, old stuff comes up, and we end up not talking for a day. How do couples learn to disagree well?`,
    comments: [
      {
        by: 'lucas',
        hoursLater: 15,
        body: 'Christmas rota arguments appear to be universal.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 14,
        isAccepted: true,
        hoursLater: 10,
        body: `This is probably the most common thing couples bring to me, and the good news is that it's a *skill*, not a personality trait. A few patterns tend to make the biggest difference.

**1. Start softly.** How a conversation begins predicts a lot about how it ends. Compare:

- "You never do the dishes, you're so selfish."
- "I'm feeling overwhelmed with the kitchen. Can we work out a system?"

The second one names *your* feeling and a request, rather than a verdict on your partner's character.

**2. Take breaks before you flood.** When your heart is pounding you literally can't listen well. Agree in advance on a signal ("I need 20 minutes"), and, crucially, *come back* at an agreed time.

**3. One topic at a time.** When "old stuff comes up", the dishes turn into the whole relationship. Gently say, "Can we park that one and come back to it? Right now I want to solve the dishes."

**4. Repair attempts.** A joke, a hand on the arm, "I'm sorry, that came out harsh." Couples who fight well aren't the ones who never fight; they're the ones who repair quickly.

**5. Look for the dream behind the position.** The Christmas argument is rarely about the calendar. Maybe one of you misses a family tradition, and the other dreads a difficult parent.

If you've tried this and you're still stuck in the same loop, a few sessions with a couples therapist can speed things up a lot. It isn't only for relationships in crisis.`,
        comments: [
          {
            by: 'noah-t',
            hoursLater: 30,
            votes: 2,
            body: 'We tried the 20-minute break last night and actually came back to it. First time in months.',
          },
        ],
      },
      {
        by: 'aisha-b',
        votes: 6,
        hoursLater: 48,
        body: 'We have a rule: no serious conversations when either of us is hungry or after 10pm. Sounds silly, works brilliantly.',
      },
      {
        by: 'dmitri',
        votes: 2,
        hoursLater: 120,
        body: 'Writing things down helped us. We each write a few lines about the issue, swap, then talk. Less interrupting.',
      },
    ],
  },
  {
    title: 'I get jealous when my partner texts a coworker. How do I handle it?',
    category: 'relationships',
    tags: ['jealousy', 'trust', 'self-esteem'],
    by: { anon: 'green-eyed-and-sorry' },
    daysAgo: 145,
    votes: 8,
    views: 1280,
    body: `My girlfriend has a male coworker she texts quite a lot, mostly work stuff and memes. She's never given me any reason not to trust her. But I feel sick when I see his name on her phone, and I've caught myself wanting to check her messages. I hate feeling like this.`,
    answers: [
      {
        by: 'priya-raman',
        votes: 9,
        isAccepted: true,
        hoursLater: 16,
        body: `It says a lot that you recognise the feeling and don't want to act on it. Jealousy is a normal emotion; what matters is what you do with it.

Checking her phone tends to make jealousy worse: you either find nothing (relief, then doubt returns) or misread something innocent. Instead, get curious about where the feeling comes from. Past betrayals? A fear of not being "enough"? Those threads are worth exploring, ideally with a therapist.

You can also share the feeling without accusing: "I know this is my stuff, but I sometimes feel insecure about how much you and he text. Can I tell you about it?"`,
      },
      {
        by: 'yuki',
        votes: 3,
        hoursLater: 200,
        body: 'What helped me was noticing that my jealousy spiked when I was feeling bad about myself generally. Working on that side made the jealousy shrink.',
      },
    ],
  },
  {
    title: "My partner doesn't want to go to couples therapy",
    category: 'relationships',
    tags: ['therapy', 'communication'],
    by: 'lena',
    daysAgo: 260,
    votes: 7,
    views: 1100,
    body: `We've been struggling for a year: less connection, more bickering. I suggested couples therapy and he said "we're not that bad" and that he doesn't want to "air our laundry to a stranger". I don't want to force it. What are my options?`,
    answers: [
      {
        by: 'kwame',
        votes: 6,
        hoursLater: 20,
        body: `Resistance to couples therapy is usually about fear: of being blamed, of being ganged up on, or of what might come out. It can help to ask him what specifically worries him, and to frame it as maintenance rather than an emergency, like servicing a car before it breaks down.

Other options: a relationship workshop or book you go through together, or individual therapy for you. Changes in one partner often change the dynamic for both.`,
      },
      {
        by: 'maya',
        votes: 4,
        hoursLater: 60,
        body: 'My husband agreed to "three sessions, and then we decide". We went for a year. Sometimes a trial period lowers the stakes.',
      },
    ],
  },
  {
    title: 'Is it normal for passion to fade after three years?',
    category: 'relationships',
    tags: ['communication', 'self-esteem'],
    by: 'sofia-r',
    daysAgo: 540,
    votes: 5,
    views: 1920,
    body: `We were all over each other at the start. Now we're more like great flatmates who love each other. I'm not unhappy, but I miss the spark and I'm worried it means something's wrong.`,
    answers: [
      {
        by: 'tomas-h',
        votes: 5,
        hoursLater: 14,
        body: "Very normal. Early intense attraction almost always settles into something calmer. That isn't a sign of failure, but spark does need tending: novelty, time alone together, and talking openly about desire. Couples who do new things together tend to feel closer.",
      },
      {
        by: 'benji',
        votes: 2,
        hoursLater: 80,
        body: 'A monthly "first date" where we go somewhere neither of us has been. Silly, and it works.',
      },
    ],
  },
  {
    title: 'Anxious attachment: I panic when they take hours to reply',
    category: 'relationships/dating',
    tags: ['dating', 'anxiety', 'self-esteem', 'jealousy'],
    by: 'mei-lin',
    daysAgo: 30,
    votes: 8,
    views: 720,
    body: `I've been seeing someone for a month and it's going well. But when they take a few hours to reply I spiral: they're losing interest, I said something wrong. I've reread our chat twenty times. I know this is an "anxious attachment" thing. How do I stop it sabotaging something good?`,
    comments: [
      {
        by: 'yuki',
        hoursLater: 3,
        body: 'Rereading the chat twenty times: felt that.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 8,
        isAccepted: true,
        hoursLater: 12,
        body: `Naming it already helps: you can see the pattern while you're in it. In the moment, try to **notice the story** ("they're losing interest") and treat it as a story, not a fact. Then do something absorbing that doesn't involve your phone.

Longer term, it helps to build a sense of safety that doesn't depend entirely on them: friends, routines, things that are yours. And it's okay to tell a new partner, at the right moment, "I can get a bit anxious about communication. It helps me to know roughly when you'll be free." Secure people tend to find that easy to hear.`,
        comments: [
          {
            by: 'mei-lin',
            hoursLater: 50,
            body: 'I told them. They said "oh, I just don\'t look at my phone at work" and now they send a quick text at lunch. So simple.',
          },
        ],
      },
      {
        by: 'ana-sousa',
        votes: 3,
        hoursLater: 20,
        body: 'Turn off read receipts. Seriously.',
      },
    ],
  },
  {
    title: 'When should I tell someone I am dating about my depression?',
    category: 'relationships/dating',
    tags: ['dating', 'depression', 'communication'],
    by: 'emma-w',
    daysAgo: 170,
    votes: 10,
    views: 1480,
    body: `I've had depression on and off for years. It's well managed now. I've been on three dates with someone lovely and don't know when, or whether, to bring it up. Too early feels like oversharing, too late feels like hiding something.`,
    answers: [
      {
        by: 'kwame',
        votes: 9,
        hoursLater: 9,
        body: `There isn't a rule, but many people find the sweet spot is when the relationship starts becoming serious, around the time you'd naturally share other important things about your life and history.

Keep it matter-of-fact: what it is, how you manage it, and what helps when it flares up. How someone responds to that conversation is really useful information about them, too.`,
      },
      {
        by: 'lucas',
        votes: 5,
        hoursLater: 30,
        body: 'I mentioned it around date five as "something I look after, like someone else might have asthma". She said her brother has it too. It brought us closer.',
      },
    ],
  },
  {
    title: 'Dating again at 45 after divorce. Where do I even begin?',
    category: 'relationships/dating',
    tags: ['dating', 'self-esteem', 'breakup'],
    by: { anon: 'rusty-at-this' },
    daysAgo: 7,
    votes: 3,
    views: 95,
    body: `Married for 18 years, divorced for two. The kids are older now and I think I'm ready to meet someone, but I have no idea how dating works anymore and I'm nervous about being rejected. How did others get back into it?`,
    comments: [
      {
        by: 'maya',
        hoursLater: 30,
        body: 'Welcome! Plenty of members here have started again later in life. I hope some of them share how it went.',
      },
    ],
    answers: [],
  },
  {
    title: 'Dating apps are making me feel worthless',
    category: 'relationships/dating/online-dating',
    tags: ['online-dating', 'self-esteem'],
    by: 'rahul-m',
    daysAgo: 100,
    votes: 12,
    views: 1990,
    body: `I've been on apps for eight months. Very few matches, conversations that fizzle out, one date that went nowhere. I find myself checking the app every hour and feeling worse every time. I'm starting to believe there's something fundamentally unattractive about me.`,
    edit: {
      by: 'rahul-m',
      hoursLater: 2,
      previousBody: `I've been on apps for eight months. Very few matches, conversations that fizzle out, one date that went nowhere. I'm starting to beleive there's something fundamentally unattractive about me.`,
    },
    answers: [
      {
        by: 'tomas-h',
        votes: 10,
        isAccepted: true,
        hoursLater: 8,
        body: `Apps are designed to keep you checking, and they give you a tiny, distorted sample of how people respond to you: split-second judgements of a few photos. That tells you very little about your worth or attractiveness in real life.

What helps many people:

- **Limit the time.** Twenty minutes, once a day, not every hour.
- **Take breaks** when it starts to affect your mood. The apps will still be there.
- **Balance it with offline life** where people meet the whole you: hobbies, classes, friends of friends.
- **Ask a trusted friend** to look at your profile honestly. Small changes often make a big difference.

If the "something fundamentally wrong with me" feeling is spilling into the rest of your life, it might be worth talking to someone about it. That kind of belief tends to grow in isolation.`,
      },
      {
        by: 'fatima-z',
        votes: 4,
        hoursLater: 36,
        body: "For what it's worth, my friends and I have had the exact same experience. It's the format, not you.",
      },
    ],
  },
]
