import type { DemoQuestion } from './types'

/** Psychotherapy and therapy ethics. */
export const questions1: DemoQuestion[] = [
  {
    title: 'What is the therapist-patient relationship, and is it OK for a therapist to date a patient?',
    category: 'psychotherapy/therapy-ethics',
    tags: ['therapy', 'ethics', 'boundaries', 'therapist-relationship'],
    by: 'sofia-r',
    daysAgo: 412,
    votes: 17,
    views: 4870,
    body: `I'm studying social work and we touched on this in class, but only briefly. What exactly *is* the therapist-patient relationship supposed to be? It feels very close and personal, yet it's also a professional service you pay for.

A friend of a friend apparently started dating her former therapist, and people were split on whether that's romantic or a huge red flag. Is it ever OK? Does it matter if therapy has ended?`,
    edit: {
      by: 'hana-k',
      hoursLater: 3,
      previousTitle: 'is it ok for therapist to date patient??',
    },
    comments: [
      {
        by: 'tomas-h',
        hoursLater: 2,
        votes: 3,
        body: 'Good question, and thank you for asking it in a general way. If anyone reading is in this situation right now, you are welcome to post anonymously.',
      },
      {
        by: 'dmitri',
        hoursLater: 20,
        body: 'Bookmarking. I had no idea there were formal rules about former clients.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 16,
        isAccepted: true,
        hoursLater: 5,
        body: `**Short answer: no. It is never OK for a therapist to date a current patient, and professional codes also restrict it with former patients for years afterwards — many regulators treat it as never acceptable.**

The therapist-patient relationship is a *professional* relationship with a single purpose: your wellbeing. You share things you may never have told anyone; the therapist shares very little about themselves. That asymmetry is what makes therapy work, and it is also why a romantic or sexual relationship inside it causes real harm. This is how the profession thinks about it:

1. **Professional codes forbid it outright.** The ethics codes for psychologists, counsellors, social workers, psychiatrists and nurses all prohibit romantic or sexual relationships with current clients. Most also prohibit them with former clients for a minimum period, and some bodies say "never". Breaking this rule is one of the most common reasons practitioners lose their licence.
2. **The power imbalance doesn't switch off when sessions end.** Your therapist knows your vulnerabilities, your history and what you long for. You know almost nothing comparable about them. Consent given inside that imbalance is not freely given in the way it is between equals.
3. **Transference is expected; acting on it is not.** Clients often develop strong feelings for a therapist: admiration, attachment, even romantic love. That is normal and can be explored openly in session. Holding the boundary is always the *therapist's* job, never the client's.
4. **It causes lasting harm.** People who were drawn into a relationship with a therapist commonly report shame, confusion, difficulty trusting any future helper, and sometimes worsening depression.
5. **If it happens, you can report it, and it is not your fault.** Contact the licensing board or professional body the therapist is registered with (their registration number is usually on their website or paperwork). Many people find it helps to talk it through with a new therapist first.

> A good therapist will let you talk about any feelings you have toward them, and will respond with curiosity and care — never by moving the relationship outside the room.

If your question comes from something happening right now — a therapist suggesting you meet socially, texting you from a personal number, or telling you that you are "special" to them — please treat those as warning signs. You deserve to stop seeing them and get support elsewhere.

And if you're the one with the feelings: that's okay. It's human. Bringing it up in session, as awkward as it feels, is often where some of the best work happens.`,
        comments: [
          {
            by: 'sofia-r',
            hoursLater: 4,
            votes: 2,
            body: 'This is so clear, thank you. The point about consent inside a power imbalance is what I was struggling to put into words.',
          },
          {
            by: 'aisha-b',
            hoursLater: 30,
            body: 'Saving this for the day someone in my family needs it.',
          },
        ],
      },
      {
        by: 'kwame',
        votes: 9,
        hoursLater: 9,
        body: `Same rules apply in nursing and psychiatry, for what it's worth. We're taught that the professional is responsible for the boundary 100% of the time, no matter what the patient says or does.

The "but therapy has ended" argument doesn't hold up well, because the knowledge and the dependency don't end with the last session.`,
      },
      {
        by: { anon: 'been-there-2019' },
        votes: 6,
        hoursLater: 31,
        body: `It happened to me, kind of. My counsellor started hugging me at the end of sessions and then messaging me in the evenings. At the time it felt like being chosen. Looking back it set my recovery back by years.

I did eventually report it to the professional body. It was slow and hard, but they took it seriously. If this is you: *you did nothing wrong*.`,
        comments: [
          {
            by: 'priya-raman',
            hoursLater: 6,
            votes: 4,
            body: 'Thank you for sharing this. It takes real courage, and you are right: it was never your responsibility.',
          },
        ],
      },
      {
        by: 'benji',
        votes: 2,
        hoursLater: 70,
        body: 'Short version I give friends: if a therapist is flirting with you, they have stopped being your therapist and started being a risk to you.',
      },
    ],
  },
  {
    title: 'I think I have feelings for my therapist. Should I tell her?',
    category: 'psychotherapy/therapy-ethics',
    tags: ['therapist-relationship', 'therapy', 'boundaries'],
    by: { anon: 'quietly-confused' },
    daysAgo: 233,
    votes: 11,
    views: 1960,
    body: `I've been seeing my therapist weekly for eight months. Lately I think about her a lot between sessions and get nervous before appointments in a way I didn't before. I feel embarrassed and I'm thinking about just quitting so I never have to bring it up.

Is this weird? Would telling her ruin everything?`,
    answers: [
      {
        by: 'kwame',
        votes: 12,
        isAccepted: true,
        hoursLater: 6,
        body: `It's not weird at all. Therapists learn about this in training precisely because it is so common. Someone who listens closely, remembers everything and is consistently kind is *easy* to develop feelings for, especially if that kind of attention has been rare in your life.

Telling her usually doesn't ruin things. A good therapist will thank you, stay professional and help you explore what the feelings are about. People often find that conversation unlocks a lot. Quitting to avoid it would be a shame after eight months of work.`,
      },
      {
        by: 'maya',
        votes: 5,
        hoursLater: 22,
        body: 'If saying it out loud feels impossible, some people write it down and hand it over at the start of a session. That works too.',
        comments: [
          {
            by: { anon: 'quietly-confused' },
            hoursLater: 40,
            votes: 3,
            body: 'Update: I gave her a note. She was lovely about it and we talked for the whole session. Thank you both.',
          },
        ],
      },
    ],
  },
  {
    title: "My therapist mentioned another client's situation. Is that a confidentiality breach?",
    category: 'psychotherapy/therapy-ethics',
    tags: ['ethics', 'therapy', 'trust'],
    by: 'rahul-m',
    daysAgo: 128,
    votes: 6,
    views: 840,
    body: `In my last session my therapist said "I have another client who works at the same company as you and had a really similar issue with that manager". No name, but I could probably work out who it is. Now I'm wondering what she says about *me* to other people.

Is this allowed? How do I raise it without wrecking the relationship?`,
    comments: [
      {
        by: 'lena',
        hoursLater: 6,
        body: 'Even anonymised, that would make me uneasy too. Good on you for asking rather than quietly stewing on it.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 8,
        isAccepted: true,
        hoursLater: 11,
        body: `Your discomfort makes sense. Therapists do sometimes use anonymised examples, but mentioning a shared workplace and manager makes someone potentially identifiable, and that is a real lapse even if it was well-meant.

It's completely fair to bring it up: "Last week you mentioned another client at my company, and it has made me worry about my own privacy." A good therapist will take responsibility and explain how they protect your information. How she responds will tell you a lot about whether you can keep trusting her.`,
      },
      {
        by: 'tomas-h',
        votes: 3,
        hoursLater: 30,
        body: "If the answer doesn't reassure you, you can ask her professional body for guidance without filing a formal complaint. Many have an advice line for exactly this.",
      },
    ],
  },
  {
    title: 'Can my therapist stop seeing me because I missed two sessions?',
    category: 'psychotherapy/therapy-ethics',
    tags: ['therapy', 'boundaries', 'cost-of-care'],
    by: 'noah-t',
    daysAgo: 57,
    votes: 3,
    views: 310,
    body: `I missed two appointments in a month because my depression got bad and I honestly couldn't get out of the door. I got an email saying that per their policy they "may need to discharge" me. It felt like being punished for being unwell. Is that allowed?`,
    comments: [
      {
        by: 'tomas-h',
        hoursLater: 3,
        body: "Sorry you're dealing with this on top of a rough patch. Did the email say who to contact about it?",
      },
      {
        by: 'noah-t',
        hoursLater: 5,
        body: "Only the clinic admin address. I'll write to them today.",
      },
    ],
    answers: [
      {
        by: 'lena',
        votes: 4,
        hoursLater: 8,
        body: `Attendance policies are common (especially in services with long waiting lists), but they're rarely as rigid as the email sounds. Reply and explain exactly what you wrote here: that the missed sessions were *because of* the thing you're in therapy for.

Ask if a phone or video session would be possible on bad days. Most clinicians would much rather adapt than discharge someone who is struggling.`,
      },
      {
        by: 'priya-raman',
        votes: 3,
        hoursLater: 26,
        body: "Ethically, a therapist who ends treatment should help you find continuing care rather than simply stopping. It's reasonable to ask what that plan would be.",
      },
    ],
  },
  {
    title: "What's the actual difference between CBT, DBT and psychodynamic therapy?",
    category: 'psychotherapy',
    tags: ['therapy', 'cbt'],
    by: 'yuki',
    daysAgo: 188,
    votes: 14,
    views: 3120,
    body: `Every therapist directory lists a soup of acronyms. I've read the Wikipedia pages but I still can't tell what a session would actually *feel* like in each. Can someone explain in plain language which one fits which kind of problem?`,
    comments: [
      {
        by: 'benji',
        hoursLater: 5,
        body: 'Also curious about ACT, my GP mentioned it.',
      },
    ],
    answers: [
      {
        by: 'priya-raman',
        votes: 15,
        isAccepted: true,
        hoursLater: 7,
        body: `Here is a very simplified overview. Real therapists often blend approaches, so treat it as a map, not a rulebook.

| Approach | Focus | What sessions feel like | Often used for |
| --- | --- | --- | --- |
| CBT | Thoughts and behaviours now | Structured, homework, worksheets | Anxiety, panic, depression, insomnia |
| DBT | Emotion regulation and skills | Skills groups plus individual sessions | Intense emotions, self-harm, relationship turmoil |
| Psychodynamic | Patterns from the past | Open-ended talking, fewer exercises | Recurring relationship patterns, long-standing low mood |
| ACT | Acceptance and values | Mindfulness plus committed action | Chronic pain, anxiety, feeling stuck |

A few practical points:

- **The relationship matters more than the label.** Studies of therapy outcomes consistently find that how well you and your therapist work together is one of the strongest predictors of benefit.
- **CBT is usually time-limited** (often 8–20 sessions), while psychodynamic work can be longer.
- **You can ask.** "What would a typical session with you look like?" is a perfectly normal question for a first consultation.

@benji: ACT is in the table now. It's a close cousin of CBT with more emphasis on *living alongside* difficult thoughts rather than disputing them.`,
        edit: {
          by: 'priya-raman',
          hoursLater: 9,
          previousBody: `Here is a very simplified overview. Real therapists often blend approaches, so treat it as a map, not a rulebook.

| Approach | Focus | What sessions feel like | Often used for |
| --- | --- | --- | --- |
| CBT | Thoughts and behaviours now | Structured, homework, worksheets | Anxiety, panic, depression, insomnia |
| DBT | Emotion regulation and skills | Skills groups plus individual sessions | Intense emotions, self-harm, relationship turmoil |
| Psychodynamic | Patterns from the past | Open-ended talking, fewer exercises | Recurring relationship patterns, long-standing low mood |

The relationship matters more than the label. You can always ask a therapist what a typical session looks like.`,
        },
      },
      {
        by: 'emma-w',
        votes: 6,
        hoursLater: 50,
        body: 'Lived experience: CBT was brilliant for my panic attacks because it was so practical. Psychodynamic work later helped me understand *why* I was always so hard on myself. Different tools, different jobs.',
      },
    ],
  },
  {
    title: 'Is it normal to feel worse after therapy sessions at first?',
    category: 'psychotherapy',
    tags: ['therapy', 'depression'],
    by: 'mei-lin',
    daysAgo: 41,
    votes: 7,
    views: 520,
    body: `I've had four sessions so far. Each time I leave feeling wrung out and sad, and the evening after is rough. I thought therapy was supposed to make me feel better. Is this a sign it's not working, or the wrong therapist?`,
    answers: [
      {
        by: 'kwame',
        votes: 7,
        isAccepted: true,
        hoursLater: 5,
        body: `Quite normal, especially early on when you're opening up things you've kept closed for a long time. Think of it like physiotherapy: the sore muscles are part of the process.

That said, tell your therapist. They can pace things, end sessions with something grounding, and help you plan a gentle evening afterwards. If you feel unsafe after sessions, that's important to say out loud too.`,
      },
      {
        by: 'fatima-z',
        votes: 3,
        hoursLater: 19,
        body: 'I book nothing after my sessions now: a walk, a simple dinner, an early night. It made a big difference.',
      },
    ],
  },
  {
    title: 'How do I know when it is time to end therapy?',
    category: 'psychotherapy',
    tags: ['therapy', 'therapist-relationship'],
    by: 'dmitri',
    daysAgo: 302,
    votes: 5,
    views: 690,
    body: `I've been in therapy for almost two years. Things are genuinely better: I sleep, I'm back at work, my relationship is stable. Sessions lately feel more like a pleasant chat. But the idea of stopping makes me anxious. How do people decide?`,
    answers: [
      {
        by: 'priya-raman',
        votes: 6,
        hoursLater: 15,
        body: `That mix of "I'm better" and "I'm scared to stop" is extremely common, and it's worth naming in session. Many therapists suggest **tapering**: moving to fortnightly, then monthly, with an agreed "door is open" plan if things wobble.

Useful signs it might be time: you're using the skills on your own, you can't think of much to bring, and your goals from the start have mostly been met.`,
      },
      {
        by: 'aisha-b',
        votes: 2,
        hoursLater: 60,
        body: 'I did the monthly taper for six months. Knowing I *could* book a session was enough; I only used it once.',
      },
    ],
  },
  {
    title: "Has anyone tried EMDR for something that wasn't a single big trauma?",
    category: 'psychotherapy',
    tags: ['therapy', 'anxiety'],
    by: 'ana-sousa',
    daysAgo: 3,
    votes: 1,
    views: 44,
    body: `A therapist suggested EMDR for years of low-level stuff at school (constant teasing, feeling left out) rather than one event. Everything I read is about PTSD after accidents or assaults. Did it help anyone with the slower, accumulated kind of hurt?`,
    comments: [
      {
        by: 'maya',
        hoursLater: 20,
        body: "Hope someone with EMDR experience sees this. It's also completely fair to ask the therapist how they'd adapt it for years of smaller hurts.",
      },
    ],
    answers: [],
  },
]
