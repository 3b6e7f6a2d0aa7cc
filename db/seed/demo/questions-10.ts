import type { DemoQuestion } from './types'

/** Medication, family worries and jealousy. */
export const questions10: DemoQuestion[] = [
  {
    title: 'Is it weak to take medication for anxiety?',
    category: 'anxiety',
    tags: ['medication', 'anxiety', 'self-esteem'],
    by: 'oliver',
    daysAgo: 110,
    votes: 10,
    views: 1340,
    body: `My GP has suggested medication alongside therapy for my anxiety. Part of me is relieved, but a bigger part feels like it means I've failed, or that I should be able to fix this myself. My family are also a bit "we don't do pills". Does anyone else struggle with this?`,
    answers: [
      {
        by: 'kwame',
        votes: 12,
        isAccepted: true,
        hoursLater: 7,
        body: `It isn't weak, and lots of people feel exactly this way at first. Anxiety involves your body and brain chemistry as well as your thoughts, and medication is one of the recognised, evidence-based treatments for it. Nobody calls it weak to treat asthma with an inhaler.

A few things people find helpful to ask their GP:

- What benefits can I realistically expect, and how long before I notice them?
- What side effects are common, and what should I do if I get them?
- How long might I take it, and how would stopping be planned when the time comes?

Medication and therapy often work well together: one can turn the volume down enough for the other to get traction. And it's your decision. You can take time to think, and you can change your mind later with your doctor's help.`,
      },
      {
        by: 'emma-w',
        votes: 5,
        hoursLater: 20,
        body: 'I held off for two years because of exactly this feeling. When I finally started, therapy began to actually stick. I wish I had been kinder to myself sooner.',
        comments: [
          {
            by: 'oliver',
            hoursLater: 6,
            body: 'Two years is what I am trying to avoid. Thank you for saying this.',
          },
        ],
      },
    ],
  },
  {
    title: "Should I tell my partner I'm on antidepressants?",
    category: 'relationships',
    tags: ['medication', 'communication', 'trust'],
    by: { anon: 'M. in Toronto' },
    daysAgo: 160,
    votes: 6,
    views: 720,
    body: `We've been together eight months and are talking about moving in. I've been on antidepressants for two years and I'm doing well. I haven't mentioned it, mostly because I worry he'll see me differently. Once we live together he'll obviously notice. How do I bring it up?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 7,
        isAccepted: true,
        hoursLater: 12,
        body: `Moving in is a natural point to share it, and doing it before he stumbles on it yourself lets you tell the story your way. Keep it simple and factual: "I want to tell you something about my health. I've been treated for depression for two years, I take medication, and it helps me stay well."

Then let him ask questions. Most partners respond with care, and his reaction will tell you something important about how he'll handle harder things together in the future.`,
      },
      {
        by: 'lena',
        votes: 3,
        hoursLater: 40,
        body: 'When I told my partner she said "oh, so do I". We had both been hiding it for a year.',
      },
    ],
  },
  {
    title: 'My younger sister told me she has been self-harming',
    category: 'family',
    tags: ['crisis-support', 'communication'],
    by: { anon: 'big-sister-worried', email: 'bigsister.demo@example.com' },
    daysAgo: 48,
    votes: 12,
    views: 930,
    body: `My sister is 17. Last night she told me she's been hurting herself for a few months and made me promise not to tell our parents. I said I'd keep it secret but I'm frightened and don't know what to do. I don't want to lose her trust, but I'm scared for her.`,
    comments: [
      {
        by: 'tomas-h',
        hoursLater: 1,
        votes: 3,
        body: 'Thank you for reaching out. If you think she is in immediate danger, please call emergency services now. Answers from our experts are below.',
      },
    ],
    answers: [
      {
        by: 'kwame',
        votes: 14,
        isAccepted: true,
        hoursLater: 2,
        body: `It means a great deal that she chose to tell you, and you are clearly a caring sister. This is too big for either of you to carry alone, though, and getting her support is the loving thing to do.

**First, safety.** If she has a serious injury, or you think she might be in immediate danger or is thinking about ending her life, call your local emergency number or take her to an emergency department straight away. That overrides any promise.

**Then, the conversation:**

1. **Stay calm and listen.** Thank her for telling you. Try not to show shock or anger, and don't demand that she simply stops; self-harm is often a way of coping with overwhelming feelings.
2. **Be honest about the secret.** You might say: "I love you and I can't keep this completely to myself, because I want you to be safe. Can we decide together who to tell and how?" Offering her some choice (a parent, a GP, a school counsellor) helps keep her trust.
3. **Help her reach professional support.** Her GP is a good first step, and many areas have youth mental-health services.
4. **Share crisis contacts with her.** In the US she can call or text **988** (https://988lifeline.org/); in the UK and Ireland Samaritans are on **116 123**; elsewhere https://findahelpline.com/ lists free lines.

**And look after yourself.** Hearing this is distressing. Talk to someone you trust, or call a helpline yourself; they support worried family members too.`,
        comments: [
          {
            by: { anon: 'big-sister-worried', email: 'bigsister.demo@example.com' },
            hoursLater: 20,
            votes: 4,
            body: 'I talked to her again using your words. She agreed we could tell our mum together, and she has a GP appointment on Friday. Thank you so much.',
          },
        ],
      },
      {
        by: 'priya-raman',
        votes: 6,
        hoursLater: 6,
        body: 'Everything Kwame said. I would only add: whatever happens next, keep being her safe person. Checking in with a simple "how are you doing today?" matters more than finding perfect words.',
      },
    ],
  },
  {
    title: 'My partner gets jealous whenever I see my friends',
    category: 'relationships',
    tags: ['jealousy', 'boundaries', 'friendship'],
    by: 'ana-sousa',
    daysAgo: 20,
    votes: 7,
    views: 410,
    body: `Whenever I make plans with friends, my boyfriend sulks or says I care more about them than him. Last weekend I cancelled a birthday dinner to avoid an argument. I'm starting to see my friends less and less. Is this normal insecurity that we can work on?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 9,
        isAccepted: true,
        hoursLater: 10,
        body: `Some insecurity is human and can be worked on together, *if* he takes responsibility for it. What worries me a little is the effect: you cancelling plans and seeing friends less. A healthy relationship makes your world bigger, not smaller.

Try naming it calmly: "I love spending time with you, and I also need my friends. When you sulk, I end up cancelling, and I don't want that." Notice whether he can hear it and work on it, or whether the pressure grows.

If he checks your phone, tries to stop you seeing people, or you start to feel afraid of his reactions, that is controlling behaviour rather than ordinary jealousy. Please talk to someone you trust or a domestic abuse helpline, which can offer confidential advice even if you're unsure.`,
      },
      {
        by: 'maya',
        votes: 4,
        hoursLater: 15,
        body: 'Please go to the next friend dinner. Your friends are part of what keeps you well.',
      },
    ],
  },
  {
    title: 'How do I talk to my 8-year-old about my depression?',
    category: 'family',
    tags: ['parenting', 'depression', 'communication'],
    by: 'dmitri',
    daysAgo: 240,
    votes: 8,
    views: 880,
    body: `I'm being treated for depression and some days I'm quieter and more tired than usual. My daughter has started asking "are you sad because of me?" which breaks my heart. How much should I explain at her age?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 8,
        hoursLater: 14,
        body: `Her question tells you she's already noticed, so a simple, honest explanation will probably reassure her more than silence. Children fill gaps with their own stories, and they often cast themselves as the cause.

At eight, something like this works well:

> "Sometimes my brain gets poorly, a bit like when your body gets a cold. It makes me tired and quiet. It is **never** because of you, and I'm getting help from a doctor so I can feel better."

Then:

- Repeat the "not your fault" part often; she may need to hear it many times.
- Let her ask questions, and it's fine to say "I don't know".
- Keep small routines going on hard days: a bedtime story, a hug, even if you're tired.
- Let other trusted adults (a partner, grandparent, teacher) know, so she has extra support.`,
      },
      {
        by: 'sofia-r',
        votes: 3,
        hoursLater: 60,
        body: "My dad told me almost exactly that when I was small. I remember feeling relieved it wasn't something I had done.",
      },
    ],
  },
  {
    title: 'Is it normal to feel this low weeks after having a baby?',
    category: 'depression',
    tags: ['depression', 'parenting', 'crisis-support'],
    by: { anon: 'new-mum-not-coping' },
    daysAgo: 25,
    votes: 9,
    views: 560,
    body: `My son is seven weeks old. Everyone told me to expect the "baby blues", but it hasn't lifted. I cry most days, I feel numb when I hold him, and I keep thinking I'm a terrible mother. I'm scared to tell anyone in case they think I can't cope.`,
    answers: [
      {
        by: 'kwame',
        votes: 11,
        isAccepted: true,
        hoursLater: 3,
        body: `Thank you for being so honest. What you describe sounds like more than the baby blues, which usually ease within the first couple of weeks. Low mood that lasts longer, with tearfulness, numbness and harsh thoughts about yourself, can be **postnatal depression**. It is common, it is not your fault, and it is very treatable.

**Please tell your midwife, health visitor or GP this week.** They ask about mood after birth precisely because it is so common, and telling them will not mean anyone takes your baby away. It means you get support.

If you ever have thoughts of harming yourself or your baby, or feel you can't keep yourself safe, treat it as an emergency: call your local emergency number or a crisis line straight away.

And please let one person close to you know how you really feel. You don't have to do this alone.`,
        comments: [
          {
            by: { anon: 'new-mum-not-coping' },
            hoursLater: 30,
            votes: 2,
            body: 'Told my health visitor. She was so kind. I have a GP appointment tomorrow and my partner is coming with me.',
          },
        ],
      },
      {
        by: 'aisha-b',
        votes: 5,
        hoursLater: 9,
        body: 'I had postnatal depression with my first. With treatment and support it lifted, and I love being his mum. You are not a terrible mother; you are a mother who is unwell right now.',
      },
    ],
  },
]
